package com.careerplatform.promotion.readiness;

import com.careerplatform.promotion.evidence.Competency;
import com.careerplatform.promotion.evidence.EvidenceItem;
import com.careerplatform.promotion.leveling.FrameworkLevels.BarRule;
import com.careerplatform.promotion.leveling.FrameworkLevels.Requirements;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a packet's evidence measures up to its target level: coverage of each axis, of each staff
 * competency where the level asks for them, and of each rule of the level's promotion bar, with every gap
 * named. Everything it checks comes from the framework's data.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReadinessReport(String targetLevel, boolean ready, List<Coverage> axes, List<Coverage> competencies,
        List<BarResult> bar, List<String> gaps) {

    public record Coverage(String name, long evidence) {
    }

    public record BarResult(String code, String description, String section, int required, long found, boolean met) {
    }

    public static ReadinessReport of(Requirements requirements, List<EvidenceItem> evidence) {
        List<String> gaps = new ArrayList<>();
        List<Coverage> axes = requirements.axes().stream()
                .map(axis -> new Coverage(axis, evidence.stream().filter(item -> item.axes.contains(axis)).count()))
                .toList();
        axes.stream().filter(axis -> axis.evidence() == 0)
                .forEach(axis -> gaps.add("No evidence supports the axis " + axis.name()));
        List<Coverage> competencies = !requirements.staffCompetencies() ? List.of() : Arrays.stream(Competency.values())
                .map(competency -> new Coverage(competency.name(),
                        evidence.stream().filter(item -> item.competencies.contains(competency)).count()))
                .toList();
        competencies.stream().filter(competency -> competency.evidence() == 0)
                .forEach(competency -> gaps.add("No evidence shows the staff competency " + competency.name()));
        List<BarResult> bar = requirements.bar().stream().map(rule -> {
            long found = evidence.stream().filter(item -> matches(rule, item)).count();
            return new BarResult(rule.code(), rule.description(), rule.section(), rule.minimum(), found, found >= rule.minimum());
        }).toList();
        bar.stream().filter(result -> !result.met()).forEach(result -> gaps.add("Promotion bar " + result.code() + " ("
                + result.description() + "): " + result.found() + " of " + result.required() + " pieces of evidence"));
        return new ReadinessReport(requirements.level(), gaps.isEmpty(), axes, competencies, bar, gaps);
    }

    private static boolean matches(BarRule rule, EvidenceItem item) {
        return (rule.kinds().isEmpty() || rule.kinds().contains(item.kind.name()))
                && (rule.roles().isEmpty() || rule.roles().contains(item.role.name()))
                && (rule.docStatuses().isEmpty() || item.docStatus != null && rule.docStatuses().contains(item.docStatus.name()))
                && (rule.competencies().isEmpty()
                        || item.competencies.stream().anyMatch(competency -> rule.competencies().contains(competency.name())));
    }
}
