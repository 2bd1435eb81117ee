package com.careerplatform.leveling.decision;

import com.careerplatform.leveling.framework.FrameworkVersion;
import com.careerplatform.leveling.framework.content.InterviewLoop;
import com.careerplatform.leveling.framework.content.RoundType;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A leveling decision as committees and HR read it, with its rounds against the interview loop, its votes
 * and its place in a correction chain.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionView(
        UUID id,
        @Schema(maxLength = 100) String candidateId,
        @Schema(maxLength = 64) String frameworkSlug,
        @Schema(minimum = "1", maximum = "" + FrameworkVersion.MAX_NUMBER) int frameworkVersion,
        DecisionStatus status,
        @Schema(maxLength = 16) String proposedLevel,
        @Schema(maxLength = 16) String finalLevel,
        @Schema(maxLength = 10000) String rationale,
        @Schema(maxLength = 200) String chair,
        @Schema(maxItems = 20) List<RoundSignal> signals,
        LoopView loop,
        @Schema(maxItems = DecisionService.MAX_VOTES) List<VoteView> votes,
        QuorumView quorum,
        UUID supersedes,
        UUID supersededBy,
        @Schema(maxLength = 200) String createdBy,
        OffsetDateTime createdAt,
        @Schema(maxLength = 200) String finalizedBy,
        OffsetDateTime finalizedAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VoteView(
            @Schema(maxLength = 200) String voter,
            @Schema(maxLength = 16) String level,
            boolean recused,
            @Schema(maxLength = 4000) String dissent,
            OffsetDateTime castAt) {
    }

    /**
     * The rounds the signals heard against the framework's interview loop: a loop typically has from
     * {@code minRounds} to {@code maxRounds} rounds; the committee sees which of the loop's rounds it has not
     * heard. Absent when the framework describes no loop.
     */
    public record LoopView(
            @Schema(minimum = "0", maximum = "20") int roundsHeard,
            @Schema(minimum = "1", maximum = "20") int minRounds,
            @Schema(minimum = "1", maximum = "20") int maxRounds,
            boolean typical,
            @Schema(maxItems = 20) List<RoundType> roundsNotHeard) {

        static LoopView of(List<RoundSignal> signals, InterviewLoop loop) {
            Set<RoundType> heard = signals.stream().map(RoundSignal::round).collect(Collectors.toSet());
            List<RoundType> notHeard = loop.rounds().stream().map(InterviewLoop.Round::code)
                    .filter(round -> !heard.contains(round)).toList();
            return new LoopView(heard.size(), loop.minRounds(), loop.maxRounds(),
                    heard.size() >= loop.minRounds() && heard.size() <= loop.maxRounds(), notHeard);
        }
    }

    /** Votes that count (not recused) against the number finalizing needs. */
    public record QuorumView(
            @Schema(minimum = "1", maximum = "" + DecisionService.MAX_VOTES) int required,
            @Schema(minimum = "0", maximum = "" + DecisionService.MAX_VOTES) long counting,
            boolean met) {
    }

    static DecisionView of(LevelingDecision decision, int quorum, InterviewLoop loop) {
        List<VoteView> votes = decision.votes.stream()
                .map(vote -> new VoteView(vote.voter, vote.level, vote.recused, vote.dissent, vote.castAt))
                .toList();
        long counting = decision.countingVotes();
        return new DecisionView(decision.id, decision.candidateId, decision.frameworkSlug, decision.frameworkVersion,
                decision.status, decision.proposedLevel, decision.finalLevel, decision.rationale, decision.chair,
                decision.signals, loop == null ? null : LoopView.of(decision.signals, loop), votes, new QuorumView(quorum, counting, counting >= quorum), decision.supersedes,
                decision.supersededBy, decision.createdBy, decision.createdAt, decision.finalizedBy, decision.finalizedAt);
    }
}
