package com.careerplatform.leveling.decision;

import com.careerplatform.leveling.framework.FrameworkVersion;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A leveling decision as committees and HR read it, with its votes and its place in a correction chain. */
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

    /** Votes that count (not recused) against the number finalizing needs. */
    public record QuorumView(
            @Schema(minimum = "1", maximum = "" + DecisionService.MAX_VOTES) int required,
            @Schema(minimum = "0", maximum = "" + DecisionService.MAX_VOTES) long counting,
            boolean met) {
    }

    static DecisionView of(LevelingDecision decision, int quorum) {
        List<VoteView> votes = decision.votes.stream()
                .map(vote -> new VoteView(vote.voter, vote.level, vote.recused, vote.dissent, vote.castAt))
                .toList();
        long counting = decision.countingVotes();
        return new DecisionView(decision.id, decision.candidateId, decision.frameworkSlug, decision.frameworkVersion,
                decision.status, decision.proposedLevel, decision.finalLevel, decision.rationale, decision.chair,
                decision.signals, votes, new QuorumView(quorum, counting, counting >= quorum), decision.supersedes,
                decision.supersededBy, decision.createdBy, decision.createdAt, decision.finalizedBy, decision.finalizedAt);
    }
}
