package com.careerplatform.leveling.framework;

import com.careerplatform.leveling.framework.FrameworkSeed.AxisSeed;
import com.careerplatform.leveling.framework.FrameworkSeed.LevelSeed;
import com.careerplatform.leveling.framework.FrameworkSeed.SectionSeed;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Imports the configured framework data files at start, each as published version 1, unless the
 * framework already exists: the data files seed an empty database and never overwrite later edits.
 */
@ApplicationScoped
public class FrameworkSeedImporter {

    private static final Logger LOG = Logger.getLogger(FrameworkSeedImporter.class);

    private final ObjectMapper mapper;
    private final List<String> seedFiles;

    FrameworkSeedImporter(ObjectMapper mapper, @ConfigProperty(name = "leveling.seed.frameworks") List<String> seedFiles) {
        this.mapper = mapper;
        this.seedFiles = seedFiles;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        seedFiles.forEach(file -> importIfAbsent(read(file)));
    }

    FrameworkSeed read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("framework seed file " + resource + " is not on the classpath");
            }
            return mapper.readValue(in, FrameworkSeed.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read framework seed file " + resource, e);
        }
    }

    @Transactional
    public boolean importIfAbsent(FrameworkSeed seed) {
        if (Framework.findBySlug(seed.slug()).isPresent()) {
            return false;
        }
        Framework framework = new Framework();
        framework.slug = seed.slug();
        framework.name = seed.name();
        framework.description = seed.description();
        framework.source = seed.source();
        framework.currentVersion = 1;
        framework.persist();

        FrameworkVersion version = new FrameworkVersion();
        version.framework = framework;
        version.number = 1;
        version.status = VersionStatus.PUBLISHED;
        version.publishedAt = OffsetDateTime.now();
        version.axesNote = seed.axesNote();
        addAxes(version, seed.axes());
        Map<String, Level> levels = addLevels(version, seed.levels());
        seed.sections().forEach(section -> addItems(levels, section));
        version.persist();
        LOG.infof("imported framework %s version 1: %d levels, %d axes", seed.slug(), levels.size(), seed.axes().size());
        return true;
    }

    private static void addAxes(FrameworkVersion version, List<AxisSeed> axes) {
        for (AxisSeed seed : axes) {
            Axis axis = new Axis();
            axis.version = version;
            axis.code = seed.code();
            axis.name = seed.name();
            axis.description = seed.description();
            axis.position = version.axes.size();
            version.axes.add(axis);
        }
    }

    private static Map<String, Level> addLevels(FrameworkVersion version, List<LevelSeed> levels) {
        for (LevelSeed seed : levels) {
            Level level = new Level();
            level.version = version;
            level.code = seed.code();
            level.stage = seed.stage();
            level.title = seed.title();
            level.yearsFrom = seed.yearsFrom();
            level.yearsTo = seed.yearsTo();
            level.summary = seed.summary();
            level.sourceSection = seed.sourceSection();
            level.position = version.levels.size();
            version.levels.add(level);
        }
        return version.levels.stream().collect(Collectors.toMap(level -> level.code, Function.identity()));
    }

    private static void addItems(Map<String, Level> levels, SectionSeed section) {
        for (String code : section.levels()) {
            Level level = levels.get(code);
            if (level == null) {
                throw new IllegalStateException("section " + section.section() + " names unknown level " + code);
            }
            for (String text : section.items()) {
                LevelItem item = new LevelItem();
                item.level = level;
                item.kind = section.kind();
                item.section = section.section();
                item.sectionTitle = section.title();
                item.sectionNote = section.note();
                item.text = text;
                item.position = level.items.size();
                level.items.add(item);
            }
        }
    }
}
