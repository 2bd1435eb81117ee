package com.careerplatform.kit.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void keepsASaneCallerId() {
        assertEquals("req-42.a:b_c", RequestIds.accept("req-42.a:b_c"));
    }

    @Test
    void replacesMissingOrLogForgingIds() {
        for (String offered : new String[] {null, "", "line\nbreak", "a b", "x".repeat(129), "<script>"}) {
            String accepted = RequestIds.accept(offered);
            assertTrue(accepted.matches("[0-9a-f-]{36}"), () -> offered + " was kept as " + accepted);
        }
    }

    @Test
    void freshIdsAreDistinctVersion4Uuids() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = UUID.fromString(RequestIds.accept(null));
            assertEquals(4, id.version());
            assertEquals(2, id.variant());
            ids.add(id.toString());
        }
        assertEquals(10_000, ids.size());
    }
}
