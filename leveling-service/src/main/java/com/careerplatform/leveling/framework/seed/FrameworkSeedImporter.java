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
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Imports the configured framework data files at start: a framework not in the database yet as published
 * version 1; one whose versions all come from the seed, and whose seed file has changed since (content
 * added in a release), as its next published version. A framework hr-admin has edited is never overwritten.
 * Instances starting together take turns under an advisory lock.
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
        Framework.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('framework seed'))")
                .getSingleResult();
        seedFiles.forEach(file -> importOrFollow(read(file)));
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

    void importOrFollow(FrameworkSeed seed) {
        FrameworkContent content = ContentRules.check(seed.toContent(), "");
        Optional<Framework> existing = Framework.findBySlug(seed.slug());
        if (existing.isPresent()) {
            followIfSeedOwned(existing.get(), content);
            return;
        }
        Framework framework = new Framework();
        framework.slug = seed.slug();
        framework.createdAt = OffsetDateTime.now(clock);
        framework.persist();
        publish(framework, 1, content);
        LOG.infof("imported framework %s as published version 1: levels %s", seed.slug(), content.levelCodes());
    }

    private void followIfSeedOwned(Framework framework, FrameworkContent content) {
        List<Integer> numbers = FrameworkVersion.numbers(framework, true);
        FrameworkVersion latest = FrameworkVersion.find(framework, numbers.get(numbers.size() - 1)).orElseThrow();
        if (latest.content.equals(content)) {
            return;
        }
        if (!SEED_USER.equals(latest.createdBy)) {
            LOG.infof("framework %s has been edited since its seed: its seed file's changes are left for hr-admin to"
                    + " make in a draft", framework.slug);
            return;
        }
        publish(framework, latest.number + 1, content);
        LOG.infof("published framework %s version %d from its changed seed file", framework.slug, latest.number + 1);
    }

    private void publish(Framework framework, int number, FrameworkContent content) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        FrameworkVersion version = new FrameworkVersion();
        version.framework = framework;
        version.number = number;
        version.status = VersionStatus.PUBLISHED;
        version.content = content;
        version.createdBy = SEED_USER;
        version.createdAt = now;
        version.publishedBy = SEED_USER;
        version.publishedAt = now;
        version.persist();
        framework.currentVersion = number;
    }
}
