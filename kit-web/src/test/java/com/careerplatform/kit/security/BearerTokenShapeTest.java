package com.careerplatform.kit.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BearerTokenShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln-_w", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhIn0."})
    void compactJwtsGoOnToTheRealCheck(String token) {
        assertTrue(BearerTokenShape.wellFormed(token));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "a.b", "....", "a..c", "a.b.c.d", "a.b.c.", ".b.c", "a.b.c d", "eyJ.e30.%%%", "a.b.c\n", "a.b+.c"})
    void anythingElseIsRefusedBeforeQuarkusReadsIt(String token) {
        assertFalse(BearerTokenShape.wellFormed(token));
    }

    @ParameterizedTest
    @ValueSource(strings = {"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln-_x", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn1.c2ln",
        "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnb"})
    void aPartSpelledWithSpareBitsSetOrALoneCharacterLeftOverIsRefused(String token) {
        assertFalse(BearerTokenShape.wellFormed(token));
    }

    @Test
    void aHugeTokenIsRefused() {
        assertFalse(BearerTokenShape.wellFormed("a".repeat(9000) + "." + "b".repeat(9000) + ".c"));
    }
}
