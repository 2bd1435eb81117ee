package com.careerplatform.leveling.framework.seed;

import com.careerplatform.leveling.framework.content.FrameworkContent;
import com.careerplatform.leveling.framework.content.Guide;
import com.careerplatform.leveling.framework.content.InterviewLoop;
import com.careerplatform.leveling.framework.content.ItemKind;
import java.util.List;

/**
 * The shape of a framework data file under {@code src/main/resources/seed/}. It follows the source text:
 * bullets are grouped by source section, each section attached to one or more levels, so the file can be
 * checked against the source section by section. {@link #toContent()} turns it into version content.
 */
public record FrameworkSeed(
        String slug,
        String name,
        String description,
        String source,
        String axesNote,
        List<FrameworkContent.Axis> axes,
        List<LevelSeed> levels,
        List<SectionSeed> sections,
        List<FrameworkContent.Track> tracks,
        List<FrameworkContent.TrackNote> trackNotes,
        InterviewLoop interviewLoop,
        List<Guide> guides) {

    public record LevelSeed(String code, String stage, String title, Integer yearsFrom, Integer yearsTo,
            String summary, String sourceSection, List<FrameworkContent.EvidenceRule> promotionBar) {
    }

    public record SectionSeed(String section, String title, ItemKind kind, List<String> levels, List<String> items,
            String note) {
    }

    public FrameworkContent toContent() {
        List<FrameworkContent.Level> contentLevels = levels.stream().map(this::level).toList();
        return new FrameworkContent(name, description, source, axesNote, axes, contentLevels, tracks, trackNotes,
                interviewLoop, guides);
    }

    private FrameworkContent.Level level(LevelSeed level) {
        List<SectionSeed> mine = sections.stream().filter(section -> section.levels().contains(level.code())).toList();
        List<FrameworkContent.Item> items = mine.stream()
                .flatMap(section -> section.items().stream().map(text ->
                        new FrameworkContent.Item(section.kind(), text, section.section(), section.title(), null)))
                .toList();
        List<FrameworkContent.Note> notes = mine.stream()
                .filter(section -> section.note() != null)
                .map(section -> new FrameworkContent.Note(section.section(), section.note()))
                .toList();
        return new FrameworkContent.Level(level.code(), level.stage(), level.title(), level.yearsFrom(),
                level.yearsTo(), level.summary(), level.sourceSection(), items, notes, level.promotionBar());
    }
}
