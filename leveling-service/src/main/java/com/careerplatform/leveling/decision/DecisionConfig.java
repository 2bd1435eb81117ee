package com.careerplatform.leveling.decision;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Leveling-decision settings; Quarkus refuses to start with a value out of its bounds. */
@ConfigMapping(prefix = "leveling.decisions")
public interface DecisionConfig {

    /** Votes (recusals aside) a decision needs before it is finalized; more than a decision takes could never be met. */
    @WithDefault("3")
    @Min(1)
    @Max(DecisionService.MAX_VOTES)
    int quorum();
}
