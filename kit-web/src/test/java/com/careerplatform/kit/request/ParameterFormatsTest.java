package com.careerplatform.kit.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParameterFormatsTest {

    private final ParameterFormats formats = new ParameterFormats();

    private static Annotation[] declared(String method) {
        try {
            return ParameterFormatsTest.class.getDeclaredMethod(method, Object.class).getParameterAnnotations()[0];
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unused")
    private void asOf(@QueryParam("asOf") Object asOf) {
    }

    @SuppressWarnings("unused")
    private void id(@PathParam("id") Object id) {
    }

    @Test
    void readsIsoDatesAndUuids() {
        assertEquals(LocalDate.of(2026, 6, 30), formats.getConverter(LocalDate.class, LocalDate.class, declared("asOf"))
                .fromString("2026-06-30"));
        UUID id = UUID.randomUUID();
        assertEquals(id, formats.getConverter(UUID.class, UUID.class, declared("id")).fromString(id.toString()));
    }

    @Test
    void aValueOfTheWrongFormatIsAProblemNamingTheParameter() {
        ParamConverter<LocalDate> dates = formats.getConverter(LocalDate.class, LocalDate.class, declared("asOf"));
        for (String bad : new String[] {"2026-02-30", "+10000-01-01", "yesterday"}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> dates.fromString(bad));
            assertEquals("Parameter 'asOf' must be a date yyyy-MM-dd", refused.getMessage());
            assertEquals(List.of(new FieldError("asOf", "must be a date yyyy-MM-dd")), refused.errors());
        }
        ProblemException refused = assertThrows(ProblemException.class,
                () -> formats.getConverter(UUID.class, UUID.class, declared("id")).fromString("0"));
        assertEquals(List.of(new FieldError("id", "must be a UUID")), refused.errors());
    }

    @Test
    void leavesOtherTypesToOtherConverters() {
        assertNull(formats.getConverter(String.class, String.class, new Annotation[0]));
    }
}
