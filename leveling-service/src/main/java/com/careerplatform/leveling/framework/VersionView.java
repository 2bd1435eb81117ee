package com.careerplatform.leveling.framework;

import com.careerplatform.leveling.framework.content.FrameworkContent;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/** A framework version with its bookkeeping; {@code content} is left out of version lists. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionView(
        String framework,
        int number,
        VersionStatus status,
        boolean current,
        String etag,
        String createdBy,
        OffsetDateTime createdAt,
        String publishedBy,
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
