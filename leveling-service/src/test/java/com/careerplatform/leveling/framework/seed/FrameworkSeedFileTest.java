package com.careerplatform.leveling.framework.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped data file is well formed: what the importer would otherwise only find out at start. */
class FrameworkSeedFileTest {

    private static FrameworkSeed seed;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = FrameworkSeedFileTest.class.getResourceAsStream("/seed/ai-engineer.json")) {
            seed = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, FrameworkSeed.class);
        }
    }

    @Test
    void hasSixLevelsAndFiveAxes() {
        assertEquals(List.of("L3", "L4", "L5", "L6", "L7", "L8"),
                seed.levels().stream().map(FrameworkSeed.LevelSeed::code).toList());
        assertEquals(5, seed.axes().size());
    }

    @Test
    void everySectionNamesKnownLevelsAndHasBullets() {
        Set<String> levels = seed.levels().stream().map(FrameworkSeed.LevelSeed::code).collect(Collectors.toSet());
        for (FrameworkSeed.SectionSeed section : seed.sections()) {
            assertTrue(levels.containsAll(section.levels()), section.section() + " names an unknown level");
            assertFalse(section.items().isEmpty(), section.section() + " has no bullets");
            section.items().forEach(item -> assertEquals(item.strip(), item, "stray whitespace in " + item));
        }
    }

    @Test
    void hasTheFourTracksOfSectionSix() {
        assertEquals(List.of("AI_ENGINEER", "ML_ENGINEER", "RESEARCH_ENGINEER", "RESEARCH_SCIENTIST"),
                seed.tracks().stream().map(track -> track.code()).toList());
    }

    @Test
    void coversEverySubsectionOfSectionsTwoToFiveOnce() {
        assertEquals(List.of("2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "4.4",
                "5.1", "5.2", "5.3"), seed.sections().stream().map(FrameworkSeed.SectionSeed::section).toList());
    }
}
