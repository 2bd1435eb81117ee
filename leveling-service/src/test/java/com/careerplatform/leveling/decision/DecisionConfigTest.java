package com.careerplatform.leveling.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.careerplatform.kit.config.ConfigMappings;
import io.smallrye.config.ConfigValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A quorum no decision could reach, or none at all, stops the service at start. */
class DecisionConfigTest {

    @Test
    void threeVotesByDefault() {
        assertEquals(3, ConfigMappings.read(DecisionConfig.class, Map.of()).quorum());
    }

    @Test
    void refusesAQuorumOfNobodyOrOfMoreVotesThanADecisionTakes() {
        assertThrows(ConfigValidationException.class,
                () -> ConfigMappings.read(DecisionConfig.class, Map.of("leveling.decisions.quorum", "0")));
        assertThrows(ConfigValidationException.class, () -> ConfigMappings.read(DecisionConfig.class,
                Map.of("leveling.decisions.quorum", String.valueOf(DecisionService.MAX_VOTES + 1))));
    }
}
