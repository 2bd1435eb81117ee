package com.careerplatform.leveling.framework;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A framework in a list: its slug and its current published version (null before the first publish). */
public record FrameworkSummaryView(
        @Schema(maxLength = 64) String slug,
        @Schema(maxLength = 200) String name,
        @Schema(minimum = "1", maximum = "" + FrameworkVersion.MAX_NUMBER) Integer currentVersion) {
}
