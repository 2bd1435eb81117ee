package com.careerplatform.kit.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
