package com.careerplatform.leveling.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A leveling decision as committees and HR read it, with its votes and its place in a correction chain. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionView(
        UUID id,
        String candidateId,
        String frameworkSlug,
        int frameworkVersion,
        DecisionStatus status,
        String proposedLevel,
        String finalLevel,
        String rationale,
        String chair,
        List<RoundSignal> signals,
        List<VoteView> votes,
        QuorumView quorum,
        UUID supersedes,
        UUID supersededBy,
        String createdBy,
        OffsetDateTime createdAt,
        String finalizedBy,
        OffsetDateTime finalizedAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VoteView(String voter, String level, boolean recused, String dissent, OffsetDateTime castAt) {
    }

    /** Votes that count (not recused) against the number finalizing needs. */
    public record QuorumView(int required, long counting, boolean met) {
    }

    static DecisionView of(LevelingDecision decision, int quorum) {
        List<VoteView> votes = decision.votes.stream()
                .map(vote -> new VoteView(vote.voter, vote.level, vote.recused, vote.dissent, vote.castAt))
                .toList();
        long counting = decision.countingVotes();
        UUID supersededBy = decision.correction().map(correction -> correction.id).orElse(null);
        return new DecisionView(decision.id, decision.candidateId, decision.frameworkSlug, decision.frameworkVersion,
                decision.status, decision.proposedLevel, decision.finalLevel, decision.rationale, decision.chair,
                decision.signals, votes, new QuorumView(quorum, counting, counting >= quorum), decision.supersedes,
                supersededBy, decision.createdBy, decision.createdAt, decision.finalizedBy, decision.finalizedAt);
    }
}
