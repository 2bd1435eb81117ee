package com.careerplatform.kit.config;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * A service's {@code @ConfigMapping} read from the given properties and checked against its constraints,
 * as Quarkus checks it at start: an out-of-bounds value throws {@code ConfigValidationException}.
 */
public final class ConfigMappings {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    private ConfigMappings() {
    }

    public static <T> T read(Class<T> mapping, Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(mapping)
                .withValidator((BeanValidationConfigValidator) () -> VALIDATOR)
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build()
                .getConfigMapping(mapping);
    }
}
