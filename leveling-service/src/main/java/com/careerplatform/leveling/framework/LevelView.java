package com.careerplatform.leveling.framework;

import com.careerplatform.leveling.framework.content.FrameworkContent;
import com.careerplatform.leveling.framework.content.ItemKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A published level as portals read it: the framework's axes and the level's bullets grouped by kind. */
public record LevelView(
        String framework,
        int version,
        String code,
        String stage,
        String title,
        YearsView years,
        String summary,
        String sourceSection,
        List<FrameworkContent.Axis> axes,
        List<ItemView> expectations,
        List<ItemView> mustDos,
        List<ItemView> donts,
        List<ItemView> proofPoints,
        List<ItemView> interviewProbes,
        List<ItemView> commonMistakes,
        List<ItemView> staffCompetencies,
        List<ItemView> archetypes,
        List<FrameworkContent.Note> notes,
        List<FrameworkContent.EvidenceRule> promotionBar) {

    /** Typical years of experience; either bound is absent where the framework does not say. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record YearsView(Integer from, Integer to) {

        static YearsView of(FrameworkContent.Level level) {
            return new YearsView(level.yearsFrom(), level.yearsTo());
        }
    }

    /** One bullet with the framework section it comes from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemView(String text, String section, String sectionTitle, String axis) {
    }

    static LevelView of(String slug, int version, FrameworkContent content, FrameworkContent.Level level) {
        return new LevelView(slug, version, level.code(), level.stage(), level.title(), YearsView.of(level),
                level.summary(), level.sourceSection(), content.axes(),
                items(level, ItemKind.EXPECTATION), items(level, ItemKind.MUST_DO), items(level, ItemKind.DONT),
                items(level, ItemKind.PROOF_POINT), items(level, ItemKind.INTERVIEW_PROBE),
                items(level, ItemKind.COMMON_MISTAKE), items(level, ItemKind.STAFF_COMPETENCY),
                items(level, ItemKind.ARCHETYPE), level.notes(), level.promotionBar());
    }

    private static List<ItemView> items(FrameworkContent.Level level, ItemKind kind) {
        return level.items().stream()
                .filter(item -> item.kind() == kind)
                .map(item -> new ItemView(item.text(), item.section(), item.sectionTitle(), item.axis()))
                .toList();
    }
}
