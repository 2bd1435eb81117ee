package com.careerplatform.promotion.readiness;

import com.careerplatform.promotion.evidence.Competency;
import com.careerplatform.promotion.evidence.EvidenceItem;
import com.careerplatform.promotion.leveling.FrameworkLevels.BarRule;
import com.careerplatform.promotion.leveling.FrameworkLevels.EvidenceHint;
import com.careerplatform.promotion.leveling.FrameworkLevels.Requirements;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a packet's evidence measures up to its target level: coverage of each axis, of each staff
 * competency where the level asks for them, and of each rule of the level's promotion bar, with every gap
 * named, and the framework's hints on the kinds of evidence involved (never counted). Everything it checks
 * comes from the framework's data, so its bounds are those leveling-service
 * puts on a framework's content: at most 20 axes of codes up to 64 characters, level codes up to 10, and
 * per level at most 20 bar rules with codes up to 64, descriptions up to 500, sections up to 16 and
 * minimums of 1 to 100. Counts of evidence are at most what a packet holds.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReadinessReport(
        @Schema(maxLength = 10) String targetLevel,
        boolean ready,
        @Schema(maxItems = 20) List<Coverage> axes,
        @Schema(maxItems = 4) List<Coverage> competencies,
        @Schema(maxItems = 20) List<BarResult> bar,
        // A gap per axis, competency and bar rule. The longest is an unmet rule's, "Promotion bar <code>
        // (<description>): <found> of <required> pieces of evidence", where found < required <= 100.
        @Schema(maxItems = 44) List<@Size(max = 611) String> gaps,
        @Schema(maxItems = 50) List<Hint> hints) {

    public record Coverage(
            @Schema(maxLength = 64) String name,
            @Schema(minimum = "0", maximum = "" + EvidenceItem.MAX_PER_PACKET) long evidence) {
    }

    /**
     * Guidance from the framework (its EVIDENCE_HINTS guide) on the kinds of evidence this packet holds or its
     * promotion bar asks for: shown beside the result, never counted in it.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Hint(
            @Schema(maxLength = 16) String section,
            @Schema(maxLength = 200) String title,
            @Schema(maxLength = 4000) String text,
            @Schema(maxItems = 100) List<@Size(max = 2000) String> items,
            @Schema(maxLength = 2000) String closing,
            @Schema(maxItems = 10) List<@Size(max = 64) String> evidenceKinds) {
    }

    public record BarResult(
            @Schema(maxLength = 64) String code,
            @Schema(maxLength = 500) String description,
            @Schema(maxLength = 16) String section,
            @Schema(minimum = "1", maximum = "100") int required,
            @Schema(minimum = "0", maximum = "" + EvidenceItem.MAX_PER_PACKET) long found,
            boolean met) {
    }

    public static ReadinessReport of(Requirements requirements, List<EvidenceHint> hints, List<EvidenceItem> evidence) {
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
        return new ReadinessReport(requirements.level(), gaps.isEmpty(), axes, competencies, bar, gaps,
                relevant(hints, requirements, evidence));
    }

    /** The hints on a kind of evidence the packet holds, or one its bar asks for. */
    private static List<Hint> relevant(List<EvidenceHint> hints, Requirements requirements, List<EvidenceItem> evidence) {
        Set<String> kinds = new HashSet<>();
        evidence.forEach(item -> kinds.add(item.kind.name()));
        requirements.bar().forEach(rule -> kinds.addAll(rule.kinds()));
        return hints.stream()
                .filter(hint -> hint.evidenceKinds().stream().anyMatch(kinds::contains))
                .map(hint -> new Hint(hint.section(), hint.title(), hint.text(), hint.items(), hint.closing(),
                        hint.evidenceKinds()))
                .toList();
    }

    private static boolean matches(BarRule rule, EvidenceItem item) {
        return (rule.kinds().isEmpty() || rule.kinds().contains(item.kind.name()))
                && (rule.roles().isEmpty() || rule.roles().contains(item.role.name()))
                && (rule.docStatuses().isEmpty() || item.docStatus != null && rule.docStatuses().contains(item.docStatus.name()))
                && (rule.competencies().isEmpty()
                        || item.competencies.stream().anyMatch(competency -> rule.competencies().contains(competency.name())));
    }
}
