package com.careerplatform.leveling.framework;

import com.careerplatform.kit.json.RenderedJson;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.leveling.framework.content.FrameworkContent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Published framework versions: their content, for the decisions pinned to them, and their level views,
 * as portals read them far more often than anything else. A published version never changes, so each is
 * read, built and written as JSON once and then served from memory (writing a level's view with Jackson on
 * every read was 7–8% of the service's CPU a read). Which
 * version is current changes when one is published: every instance of the service learns it within
 * {@link #CURRENT_FOR} (the publishing one usually at once).
 */
@ApplicationScoped
public class PublishedVersions {

    static final Duration CURRENT_FOR = Duration.ofSeconds(1);

    /** One published version: its content, and its level views in order (with their JSON) and by code. */
    public record Version(String slug, int number, FrameworkContent content, List<LevelView> levels,
            byte[] levelsJson, Map<String, Level> byCode) {
    }

    /** A level's view, and the JSON a read of it answers with. */
    public record Level(LevelView view, byte[] json) {
    }

    private record Key(String slug, int number) {
    }

    private final FrameworkReader reader;
    private final ObjectMapper mapper;
    private final Cache<Key, Version> versions = Caffeine.newBuilder().maximumSize(1_000).build();
    private final Cache<String, Integer> current = Caffeine.newBuilder().maximumSize(1_000)
            .expireAfterWrite(CURRENT_FOR).build();

    PublishedVersions(FrameworkReader reader, ObjectMapper mapper) {
        this.reader = reader;
        this.mapper = mapper;
    }

    /** Version {@code number} of the framework, or its current one when {@code number} is null; else a 404. */
    public Version of(String slug, Integer number) {
        int wanted = number != null ? number : current.get(slug, unknown -> reader.published(slug, null).number);
        return versions.get(new Key(slug, wanted), key -> build(reader.published(slug, wanted)));
    }

    /**
     * The version as {@link #of} answers it when that needs no database: the version in memory, and for the
     * current one its number learnt less than {@link #CURRENT_FOR} ago. Empty when the database must be asked.
     */
    public Optional<Version> inMemory(String slug, Integer number) {
        Integer wanted = number != null ? number : current.getIfPresent(slug);
        return wanted == null ? Optional.empty() : Optional.ofNullable(versions.getIfPresent(new Key(slug, wanted)));
    }

    /** The level of a version by its code, in any case; else a 404 listing the version's levels. */
    public static Level level(Version version, String code) {
        Level level = version.byCode().get(code.toUpperCase(Locale.ROOT));
        if (level == null) {
            throw ProblemException.notFound("Framework " + version.slug() + " version " + version.number()
                    + " has no level '" + code + "'; its levels are " + version.levels().stream().map(LevelView::code).toList());
        }
        return level;
    }

    /** Called when a version is published: the next read without a version number asks the database. */
    public void forgetCurrent(String slug) {
        current.invalidate(slug);
    }

    private Version build(FrameworkVersion published) {
        String slug = published.framework.slug;
        List<LevelView> levels = published.content.levels().stream()
                .map(level -> LevelView.of(slug, published.number, published.content, level))
                .toList();
        Map<String, Level> byCode = new LinkedHashMap<>();
        levels.forEach(level -> byCode.put(level.code().toUpperCase(Locale.ROOT), new Level(level, json(level))));
        return new Version(slug, published.number, published.content, levels, json(levels), Map.copyOf(byCode));
    }

    private byte[] json(Object view) {
        return RenderedJson.of(mapper, view).text().getBytes(StandardCharsets.UTF_8);
    }
}
