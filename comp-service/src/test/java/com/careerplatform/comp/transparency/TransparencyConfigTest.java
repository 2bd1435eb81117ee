package com.careerplatform.comp.transparency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.careerplatform.kit.config.ConfigMappings;
import io.smallrye.config.ConfigValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The smallest group figures are given for is checked when the service starts, as Quarkus checks it. */
class TransparencyConfigTest {

    @Test
    void groupsOfFewerThanFiveAreSuppressedByDefault() {
        assertEquals(5, ConfigMappings.read(TransparencyConfig.class, Map.of()).minGroupSize());
    }

    @Test
    void refusesToPublishFiguresOfGroupsOfNobody() {
        assertThrows(ConfigValidationException.class, () -> ConfigMappings.read(TransparencyConfig.class,
                Map.of("comp.transparency.min-group-size", "0")));
    }
}
