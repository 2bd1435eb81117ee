package com.careerplatform.leveling.framework;

import com.careerplatform.leveling.framework.LevelView.YearsView;
import com.careerplatform.leveling.framework.content.FrameworkContent;
import java.time.OffsetDateTime;
import java.util.List;

/** A published framework version: axes, a summary of each level, and the career tracks. */
public record FrameworkView(
        String slug,
        String name,
        String description,
        String source,
        int version,
        VersionStatus status,
        OffsetDateTime publishedAt,
        List<FrameworkContent.Axis> axes,
        String axesNote,
        List<LevelSummaryView> levels,
        List<FrameworkContent.Track> tracks,
        List<FrameworkContent.TrackNote> trackNotes) {

    public record LevelSummaryView(String code, String stage, String title, YearsView years, String summary) {
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
