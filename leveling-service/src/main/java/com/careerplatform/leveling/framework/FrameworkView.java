package com.careerplatform.leveling.framework;

import com.careerplatform.leveling.framework.LevelView.YearsView;
import com.careerplatform.leveling.framework.content.FrameworkContent;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published framework version: axes, a summary of each level, and the career tracks. */
public record FrameworkView(
        @Schema(maxLength = 64) String slug,
        @Schema(maxLength = 200) String name,
        @Schema(maxLength = 2000) String description,
        @Schema(maxLength = 2000) String source,
        @Schema(minimum = "1", maximum = "" + FrameworkVersion.MAX_NUMBER) int version,
        VersionStatus status,
        OffsetDateTime publishedAt,
        @Schema(maxItems = 20) List<FrameworkContent.Axis> axes,
        @Schema(maxLength = 2000) String axesNote,
        @Schema(maxItems = 30) List<LevelSummaryView> levels,
        @Schema(maxItems = 20) List<FrameworkContent.Track> tracks,
        @Schema(maxItems = 20) List<FrameworkContent.TrackNote> trackNotes) {

    public record LevelSummaryView(
            @Schema(maxLength = 10) String code,
            @Schema(maxLength = 100) String stage,
            @Schema(maxLength = 200) String title,
            YearsView years,
            @Schema(maxLength = 1000) String summary) {
    }

    static FrameworkView of(FrameworkVersion version) {
        FrameworkContent content = version.content;
        List<LevelSummaryView> levels = content.levels().stream()
                .map(level -> new LevelSummaryView(level.code(), level.stage(), level.title(), YearsView.of(level),
                        level.summary()))
                .toList();
        return new FrameworkView(version.framework.slug, content.name(), content.description(), content.source(),
                version.number, version.status, version.publishedAt, content.axes(), content.axesNote(), levels,
                content.tracks(), content.trackNotes());
    }
}
