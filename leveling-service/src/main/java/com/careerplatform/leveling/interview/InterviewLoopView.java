package com.careerplatform.leveling.interview;

import com.careerplatform.leveling.framework.FrameworkVersion;
import com.careerplatform.leveling.framework.content.BankKind;
import com.careerplatform.leveling.framework.content.FrameworkContent;
import com.careerplatform.leveling.framework.content.InterviewLoop;
import com.careerplatform.leveling.framework.content.ItemKind;
import com.careerplatform.leveling.framework.content.RoundType;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A framework version's interview loop as a hiring committee reads it: the rounds, how many a loop
 * typically has, and every bank with its entries numbered ({@code 7.2.1} is the first entry of section
 * 7.2), which round signals name as the questions asked. The levels' interview probes (seed 3.2) are a
 * bank of their own, for candidates at those levels, in any round.
 */
public record InterviewLoopView(
        @Schema(maxLength = 64) String framework,
        @Schema(minimum = "1", maximum = "" + FrameworkVersion.MAX_NUMBER) int version,
        @Schema(maxLength = 16) String section,
        @Schema(maxLength = 200) String title,
        @Schema(minimum = "1", maximum = "20") int minRounds,
        @Schema(minimum = "1", maximum = "20") int maxRounds,
        @Schema(maxItems = 20) List<RoundView> rounds,
        @Schema(maxItems = 80) List<BankView> banks) {

    /** A round with the sections of the banks that serve it (those for any round included). */
    public record RoundView(RoundType code, @Schema(maxLength = 200) String name, @Schema(maxLength = 1000) String focus,
            @Schema(maxItems = 80) List<@Size(max = 16) String> banks) {
    }

    /** A bank: for the rounds named (none: any round) and the candidate levels named (none: any level). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BankView(
            BankKind kind,
            @Schema(maxLength = 16) String section,
            @Schema(maxLength = 200) String title,
            @Schema(maxItems = 20) List<RoundType> rounds,
            @Schema(maxItems = 30) List<@Size(max = 10) String> levels,
            @Schema(maxItems = 100) List<EntryView> entries,
            @Schema(maxLength = 2000) String closing) {

        boolean serves(RoundType round) {
            return rounds.isEmpty() || rounds.contains(round);
        }
    }

    public record EntryView(@Schema(maxLength = 24) String id, @Schema(maxLength = 2000) String text) {
    }

    /** The loop of a version, empty when the framework describes none. */
    public static Optional<InterviewLoopView> of(String slug, int version, FrameworkContent content) {
        InterviewLoop loop = content.interviewLoop();
        if (loop == null) {
            return Optional.empty();
        }
        List<BankView> banks = new ArrayList<>();
        loop.banks().forEach(bank -> banks.add(new BankView(bank.kind(), bank.section(), bank.title(), bank.rounds(),
                List.of(), entries(bank.section(), bank.entries()), bank.closing())));
        banks.addAll(levelProbes(content));
        List<RoundView> rounds = loop.rounds().stream()
                .map(round -> new RoundView(round.code(), round.name(), round.focus(), banks.stream()
                        .filter(bank -> bank.serves(round.code())).map(BankView::section).toList()))
                .toList();
        return Optional.of(new InterviewLoopView(slug, version, loop.section(), loop.title(), loop.minRounds(),
                loop.maxRounds(), rounds, List.copyOf(banks)));
    }

    /** The loop narrowed to the banks serving one round. */
    public InterviewLoopView forRound(RoundType round) {
        return new InterviewLoopView(framework, version, section, title, minRounds, maxRounds,
                rounds.stream().filter(candidate -> candidate.code() == round).toList(),
                banks.stream().filter(bank -> bank.serves(round)).toList());
    }

    /** The ids of the questions interviewers of this round may name: entries of QUESTIONS banks serving it. */
    public List<String> questionIds(RoundType round) {
        return banks.stream().filter(bank -> bank.kind() == BankKind.QUESTIONS && bank.serves(round))
                .flatMap(bank -> bank.entries().stream().map(EntryView::id)).toList();
    }

    /** The levels' interview probes, one bank per source section, for the levels that carry it. */
    private static List<BankView> levelProbes(FrameworkContent content) {
        Map<String, ProbeSection> sections = new LinkedHashMap<>();
        for (FrameworkContent.Level level : content.levels()) {
            for (FrameworkContent.Item item : level.items()) {
                if (item.kind() == ItemKind.INTERVIEW_PROBE) {
                    sections.computeIfAbsent(item.section(), section -> new ProbeSection(section, item.sectionTitle()))
                            .add(level.code(), item.text());
                }
            }
        }
        return sections.values().stream().map(ProbeSection::bank).toList();
    }

    /** A level section's probes gathered across the levels that share it. */
    private record ProbeSection(String section, String title, Set<String> levels, Set<String> texts) {

        ProbeSection(String section, String title) {
            this(section, title, new LinkedHashSet<>(), new LinkedHashSet<>());
        }

        void add(String level, String text) {
            levels.add(level);
            texts.add(text);
        }

        BankView bank() {
            return new BankView(BankKind.QUESTIONS, section, title, List.of(), List.copyOf(levels),
                    entries(section, List.copyOf(texts)), null);
        }
    }

    private static List<EntryView> entries(String section, List<String> texts) {
        List<EntryView> entries = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            entries.add(new EntryView(section + "." + (i + 1), texts.get(i)));
        }
        return List.copyOf(entries);
    }
}
