package com.careerplatform.kit.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoDateParametersTest {

    private final ParamConverter<LocalDate> dates =
            new IsoDateParameters().getConverter(LocalDate.class, LocalDate.class, new Annotation[0]);

    @Test
    void readsIsoDates() {
        assertEquals(LocalDate.of(2026, 6, 30), dates.fromString("2026-06-30"));
    }

    @Test
    void refusesYearsBeyond9999AndImpossibleDates() {
        assertThrows(IllegalArgumentException.class, () -> dates.fromString("+10000-01-01"));
        assertThrows(IllegalArgumentException.class, () -> dates.fromString("2026-02-30"));
        assertThrows(IllegalArgumentException.class, () -> dates.fromString("yesterday"));
    }

    @Test
    void leavesOtherTypesToOtherConverters() {
        assertNull(new IsoDateParameters().getConverter(String.class, String.class, new Annotation[0]));
    }
}
