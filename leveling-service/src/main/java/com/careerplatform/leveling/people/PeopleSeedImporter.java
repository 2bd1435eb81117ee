package com.careerplatform.leveling.people;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;

/**
 * Loads the configured people file ({@code leveling.people.seed}) at start, through the bulk import, while
 * the people record is empty: the local platform's demo people. After the framework seed, whose levels
 * they hold.
 */
@ApplicationScoped
public class PeopleSeedImporter {

    private static final Logger LOG = Logger.getLogger(PeopleSeedImporter.class);
    private static final String SEED_USER = "seed";

    private final PeopleConfig config;
    private final PeopleImport imports;
    private final ObjectMapper mapper;

    PeopleSeedImporter(PeopleConfig config, PeopleImport imports, ObjectMapper mapper) {
        this.config = config;
        this.imports = imports;
        this.mapper = mapper;
    }

    @Transactional
    @ActivateRequestContext
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        config.seed().ifPresent(file -> {
            // Several instances may start at once on an empty database: one of them loads the file.
            Person.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('people seed'))")
                    .getSingleResult();
            if (Person.count() > 0) {
                return;
            }
            ImportRequest seed = read(file);
            imports.importJson(seed.people(), null, SEED_USER);
            LOG.infof("people record seeded with %d people from %s", seed.people().size(), file);
        });
    }

    private ImportRequest read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("people seed file " + resource + " is not on the classpath");
            }
            return mapper.readValue(in, ImportRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read people seed file " + resource, e);
        }
    }
}
