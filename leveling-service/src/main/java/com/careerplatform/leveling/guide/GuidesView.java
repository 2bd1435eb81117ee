package com.careerplatform.leveling.guide;

import com.careerplatform.leveling.framework.FrameworkVersion;
import com.careerplatform.leveling.framework.content.Guide;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The guides of a published framework version, in the source's order. */
public record GuidesView(
        @Schema(maxLength = 64) String framework,
        @Schema(minimum = "1", maximum = "" + FrameworkVersion.MAX_NUMBER) int version,
        @Schema(maxItems = 50) List<Guide> guides) {
}
