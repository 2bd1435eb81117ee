package com.careerplatform.leveling.framework.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The interview loop a framework expects of a hiring committee: its rounds in order, how many of them a
 * loop typically has (decisions are checked against it), and the banks of questions, formats and resources
 * interviewers draw on, each for the rounds it serves.
 */
public record InterviewLoop(
        @Size(max = 16) String section,
        @NotBlank @Size(max = 200) String title,
        @Min(1) @Max(20) int minRounds,
        @Min(1) @Max(20) int maxRounds,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid Round> rounds,
        @Size(max = 50) List<@NotNull @Valid Bank> banks) {

    public InterviewLoop {
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
        banks = banks == null ? List.of() : List.copyOf(banks);
    }

    /** One round: its name and what it probes, the two halves of the source's bullet ("Coding — …"). */
    public record Round(@NotNull RoundType code, @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 1000) String focus) {
    }

    /**
     * A source section interviewers draw on: questions to ask, assessment formats or preparation resources,
     * for the rounds named (none: not tied to one round), with the remark that closes the section if any.
     */
    public record Bank(
            @NotNull BankKind kind,
            @NotBlank @Size(max = 16) String section,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 20) List<@NotNull RoundType> rounds,
            @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 2000) String> entries,
            @Size(max = 2000) String closing) {

        public Bank {
            rounds = rounds == null ? List.of() : List.copyOf(rounds);
            entries = entries == null ? List.of() : List.copyOf(entries);
        }
    }
}
