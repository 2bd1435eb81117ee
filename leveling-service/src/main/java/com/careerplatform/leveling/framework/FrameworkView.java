package com.careerplatform.leveling.framework;

import com.careerplatform.leveling.framework.LevelView.AxisView;
import com.careerplatform.leveling.framework.LevelView.YearsView;
import java.time.OffsetDateTime;
import java.util.List;

/** A published framework version: its axes and a summary of each level. */
public record FrameworkView(
        String slug,
        String name,
        String description,
        String source,
        int version,
        VersionStatus status,
        OffsetDateTime publishedAt,
        List<AxisView> axes,
        String axesNote,
        List<LevelSummaryView> levels) {

    public record LevelSummaryView(String code, String stage, String title, YearsView years, String summary) {
    }
}
