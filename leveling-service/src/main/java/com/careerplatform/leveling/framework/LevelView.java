package com.careerplatform.leveling.framework;

import com.careerplatform.leveling.framework.content.FrameworkContent;
import com.careerplatform.leveling.framework.content.ItemKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published level as portals read it: the framework's axes and the level's bullets grouped by kind. */
// Registered by name up front, so the level list's items refer to it instead of repeating it.
@Schema(name = "LevelView")
public record LevelView(
        @Schema(maxLength = 64) String framework,
        @Schema(minimum = "1", maximum = "" + FrameworkVersion.MAX_NUMBER) int version,
        @Schema(maxLength = 10) String code,
        @Schema(maxLength = 100) String stage,
        @Schema(maxLength = 200) String title,
        YearsView years,
        @Schema(maxLength = 1000) String summary,
        @Schema(maxLength = 16) String sourceSection,
        @Schema(maxItems = 20) List<FrameworkContent.Axis> axes,
        @Schema(maxItems = 300) List<ItemView> expectations,
        @Schema(maxItems = 300) List<ItemView> mustDos,
        @Schema(maxItems = 300) List<ItemView> donts,
        @Schema(maxItems = 300) List<ItemView> proofPoints,
        @Schema(maxItems = 300) List<ItemView> interviewProbes,
        @Schema(maxItems = 300) List<ItemView> commonMistakes,
        @Schema(maxItems = 300) List<ItemView> staffCompetencies,
        @Schema(maxItems = 300) List<ItemView> archetypes,
        @Schema(maxItems = 50) List<FrameworkContent.Note> notes,
        @Schema(maxItems = 20) List<FrameworkContent.EvidenceRule> promotionBar) {

    /** Typical years of experience; either bound is absent where the framework does not say. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record YearsView(
            @Schema(minimum = "0", maximum = "60") Integer from,
            @Schema(minimum = "0", maximum = "60") Integer to) {

        static YearsView of(FrameworkContent.Level level) {
            return new YearsView(level.yearsFrom(), level.yearsTo());
        }
    }

    /** One bullet with the framework section it comes from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemView(
            @Schema(maxLength = 2000) String text,
            @Schema(maxLength = 16) String section,
            @Schema(maxLength = 200) String sectionTitle,
            @Schema(maxLength = 64) String axis) {
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
