package com.careerplatform.leveling.framework.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.careerplatform.leveling.framework.Framework;
import com.careerplatform.leveling.framework.FrameworkVersion;
import com.careerplatform.leveling.framework.content.Guide;
import com.careerplatform.leveling.framework.content.GuideUse;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A release's seed file reaches a database seeded before it, unless hr-admin has edited the framework since. */
@QuarkusTest
class FrameworkSeedImporterTest {

    @Inject
    FrameworkSeedImporter importer;

    private FrameworkSeed shipped(String slug, List<Guide> guides) {
        FrameworkSeed seed = importer.read("seed/ai-engineer.json");
        return new FrameworkSeed(slug, seed.name(), seed.description(), seed.source(), seed.axesNote(), seed.axes(),
                seed.levels(), seed.sections(), seed.tracks(), seed.trackNotes(), seed.interviewLoop(), guides);
    }

    private static List<Integer> versions(String slug) {
        return QuarkusTransaction.requiringNew().call(() ->
                FrameworkVersion.numbers(Framework.findBySlug(slug).orElseThrow(), true));
    }

    @Test
    void aChangedSeedFileIsPublishedAsTheNextVersionOfAFrameworkOnlyTheSeedWrote() {
        String slug = "seeded-" + UUID.randomUUID().toString().substring(0, 8);
        FrameworkSeed first = shipped(slug, List.of());
        QuarkusTransaction.requiringNew().run(() -> importer.importOrFollow(first));
        QuarkusTransaction.requiringNew().run(() -> importer.importOrFollow(first));
        assertEquals(List.of(1), versions(slug), "an unchanged seed file adds no version");

        List<Guide> guides = new ArrayList<>(importer.read("seed/ai-engineer.json").guides());
        FrameworkSeed released = shipped(slug, guides);
        QuarkusTransaction.requiringNew().run(() -> importer.importOrFollow(released));
        assertEquals(List.of(1, 2), versions(slug));
        QuarkusTransaction.requiringNew().run(() -> assertEquals(guides,
                FrameworkVersion.find(Framework.findBySlug(slug).orElseThrow(), 2).orElseThrow().content.guides()));
        assertEquals(2, QuarkusTransaction.requiringNew().call(() -> Framework.findBySlug(slug).orElseThrow().currentVersion));

        QuarkusTransaction.requiringNew().run(() -> FrameworkVersion.update("createdBy = 'ines' where number = 2"
                + " and framework = ?1", Framework.findBySlug(slug).orElseThrow()));
        guides.add(new Guide("EXTRA", GuideUse.READING, null, "Extra", importer.read("seed/ai-engineer.json")
                .guides().get(0).passages()));
        QuarkusTransaction.requiringNew().run(() -> importer.importOrFollow(shipped(slug, guides)));
        assertEquals(List.of(1, 2), versions(slug), "a framework hr-admin has edited is left alone");
    }
}
