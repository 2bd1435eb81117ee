package com.careerplatform.comp.transparency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The smallest group figures are given for is checked when the service starts, as Quarkus checks it. */
class TransparencyConfigTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    private static TransparencyConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(TransparencyConfig.class)
                .withValidator((BeanValidationConfigValidator) () -> VALIDATOR)
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build()
                .getConfigMapping(TransparencyConfig.class);
    }

    @Test
    void groupsOfFewerThanFiveAreSuppressedByDefault() {
        assertEquals(5, config(Map.of()).minGroupSize());
    }

    @Test
    void refusesToPublishFiguresOfGroupsOfNobody() {
        assertThrows(ConfigValidationException.class, () -> config(Map.of("comp.transparency.min-group-size", "0")));
    }
}
