package com.careerplatform.kit.request;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmallBodiesReadTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "300", "16384", " 512 "})
    void aDeclaredBodyUpTo16KiBIsReadBeforeTheOperation(String contentLength) {
        assertTrue(SmallBodiesRead.isSmall(contentLength));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"0", "16385", "1048576", "-1", "", "twelve", "99999999999999999999"})
    void anyOtherStreamsAsQuarkusReadsIt(String contentLength) {
        assertFalse(SmallBodiesRead.isSmall(contentLength));
    }
}
