package com.careerplatform.leveling.framework.seed;

import com.careerplatform.leveling.framework.Framework;
import com.careerplatform.leveling.framework.FrameworkVersion;
import com.careerplatform.leveling.framework.VersionStatus;
import com.careerplatform.leveling.framework.content.ContentRules;
import com.careerplatform.leveling.framework.content.FrameworkContent;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Imports the configured framework data files at start, each as published version 1, unless the
 * framework already exists: the data files seed an empty database and never overwrite later edits.
 */
@ApplicationScoped
public class FrameworkSeedImporter {

    private static final Logger LOG = Logger.getLogger(FrameworkSeedImporter.class);
    private static final String SEED_USER = "seed";

    private final ObjectMapper mapper;
    private final Clock clock;
    private final List<String> seedFiles;

    FrameworkSeedImporter(ObjectMapper mapper, Clock clock,
            @ConfigProperty(name = "leveling.seed.frameworks") List<String> seedFiles) {
        this.mapper = mapper;
        this.clock = clock;
        this.seedFiles = seedFiles;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        seedFiles.forEach(file -> importIfAbsent(read(file)));
    }

    public FrameworkSeed read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("framework seed file " + resource + " is not on the classpath");
            }
            return mapper.readValue(in, FrameworkSeed.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read framework seed file " + resource, e);
        }
    }

    private void importIfAbsent(FrameworkSeed seed) {
        if (Framework.findBySlug(seed.slug()).isPresent()) {
            return;
        }
        FrameworkContent content = ContentRules.check(seed.toContent(), "");
        OffsetDateTime now = OffsetDateTime.now(clock);
        Framework framework = new Framework();
        framework.slug = seed.slug();
        framework.currentVersion = 1;
        framework.createdAt = now;
        framework.persist();

        FrameworkVersion version = new FrameworkVersion();
        version.framework = framework;
        version.number = 1;
        version.status = VersionStatus.PUBLISHED;
        version.content = content;
        version.createdBy = SEED_USER;
        version.createdAt = now;
        version.publishedBy = SEED_USER;
        version.publishedAt = now;
        version.persist();
        LOG.infof("imported framework %s as published version 1: levels %s", seed.slug(), content.levelCodes());
    }
}
