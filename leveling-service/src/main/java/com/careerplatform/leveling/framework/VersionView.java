package com.careerplatform.leveling.framework;

import com.careerplatform.leveling.framework.content.FrameworkContent;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A framework version with its bookkeeping; {@code content} is left out of version lists. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionView(
        @Schema(maxLength = 64) String framework,
        @Schema(minimum = "1", maximum = "" + FrameworkVersion.MAX_NUMBER) int number,
        VersionStatus status,
        boolean current,
        // slug (64), ".v", the number (6 digits), ".r", the int revision (11 characters with a sign)
        @Schema(maxLength = 64 + 2 + 6 + 2 + 11) String etag,
        @Schema(maxLength = 200) String createdBy,
        OffsetDateTime createdAt,
        @Schema(maxLength = 200) String publishedBy,
        OffsetDateTime publishedAt,
        FrameworkContent content) {

    static VersionView summary(FrameworkVersion version) {
        return of(version, null);
    }

    static VersionView full(FrameworkVersion version) {
        return of(version, version.content);
    }

    private static VersionView of(FrameworkVersion version, FrameworkContent content) {
        boolean current = Integer.valueOf(version.number).equals(version.framework.currentVersion);
        return new VersionView(version.framework.slug, version.number, version.status, current, version.etag(),
                version.createdBy, version.createdAt, version.publishedBy, version.publishedAt, content);
    }
}
