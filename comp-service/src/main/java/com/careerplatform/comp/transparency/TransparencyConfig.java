package com.careerplatform.comp.transparency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** Pay-transparency settings; Quarkus refuses to start with a value out of its bounds. */
@ConfigMapping(prefix = "comp.transparency")
public interface TransparencyConfig {

    /** Groups smaller than this are suppressed; 0 would publish single people's pay. */
    @WithDefault("5")
    @Min(1)
    int minGroupSize();
}
