package com.careerplatform.leveling.framework;

import java.util.List;

/**
 * The shape of a framework data file under {@code src/main/resources/seed/}: the framework, its axes and
 * levels, and its bullets grouped by source section, each section attached to one or more levels.
 */
public record FrameworkSeed(
        String slug,
        String name,
        String description,
        String source,
        String axesNote,
        List<AxisSeed> axes,
        List<LevelSeed> levels,
        List<SectionSeed> sections) {

    public record AxisSeed(String code, String name, String description) {
    }

    public record LevelSeed(String code, String stage, String title, Integer yearsFrom, Integer yearsTo,
            String summary, String sourceSection) {
    }

    public record SectionSeed(String section, String title, ItemKind kind, List<String> levels, List<String> items,
            String note) {
    }
}
