package com.careerplatform.leveling.people;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The people record's settings. */
@ConfigMapping(prefix = "leveling.people")
public interface PeopleConfig {

    /** The framework of a person whose HR data names none (their level and track are read in it). */
    @WithDefault("ai-engineer")
    String defaultFramework();

    /**
     * A classpath file in the bulk import's JSON shape, imported at start while the record is empty: the
     * local platform's demo people (deploy/local/start.sh sets it). Unset in a real deployment.
     */
    Optional<String> seed();
}
