package com.careerplatform.leveling.framework;

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
        List<AxisView> axes,
        List<ItemView> expectations,
        List<ItemView> mustDos,
        List<ItemView> donts,
        List<ItemView> proofPoints,
        List<ItemView> interviewProbes,
        List<ItemView> commonMistakes,
        List<ItemView> staffCompetencies,
        List<ItemView> archetypes,
        List<NoteView> notes) {

    /** Typical years of experience; either bound may be absent where the framework does not say. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record YearsView(Integer from, Integer to) {
    }

    public record AxisView(String code, String name, String description) {
    }

    /** One bullet with the framework section it comes from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemView(String text, String section, String sectionTitle, String axis) {
    }

    /** A remark the framework makes about a whole section, e.g. the most common archetype hybrid. */
    public record NoteView(String section, String text) {
    }
}
