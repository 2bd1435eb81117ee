package com.careerplatform.kit.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void roundTripsThroughItsEncoding() {
        Cursor cursor = new Cursor(Instant.parse("2026-11-25T10:15:30.123456Z"), "0b6f8a7e-1c1d-4e51-9a2b-2f0f2c9f0e11");
        assertEquals(cursor, Cursor.decode("cursor", cursor.encode()));
    }

    @Test
    void absentCursorMeansTheFirstPage() {
        assertNull(Cursor.decode("cursor", null));
    }

    @Test
    void forgedCursorIsAValidationProblem() {
        assertEquals(ProblemType.VALIDATION, assertThrows(ProblemException.class,
                () -> Cursor.decode("cursor", "not-a-cursor")).type());
    }

    @Test
    void aCursorWhoseIdIsNoUuidIsForgedForListsKeyedByUuid() {
        String tampered = new Cursor(Instant.parse("2026-11-25T10:15:30Z"), "0b6f8a7e-1c1d-4e51-9a2b-2f0f2c9f0eZZ").encode();
        assertEquals(ProblemType.VALIDATION, assertThrows(ProblemException.class,
                () -> Cursor.decodeWithUuid("cursor", tampered)).type());
        Cursor genuine = new Cursor(Instant.parse("2026-11-25T10:15:30Z"), "0b6f8a7e-1c1d-4e51-9a2b-2f0f2c9f0e11");
        assertEquals(genuine, Cursor.decodeWithUuid("cursor", genuine.encode()));
    }

    @Test
    void aCursorFromBeyondTheYear9999IsForged() {
        String future = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("+300000-01-01T00:00:00Z|" + "0b6f8a7e-1c1d-4e51-9a2b-2f0f2c9f0e11").getBytes(StandardCharsets.UTF_8));
        assertEquals(ProblemType.VALIDATION, assertThrows(ProblemException.class,
                () -> Cursor.decode("cursor", future)).type());
    }
}
