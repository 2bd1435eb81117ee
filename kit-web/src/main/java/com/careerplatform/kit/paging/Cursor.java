package com.careerplatform.kit.paging;

import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Where a keyset-paginated list continues: the sort instant and id of the last item served, opaque to
 * clients (base64url). Unlike page numbers, a cursor does not skip or repeat items when rows are added.
 */
public record Cursor(Instant at, String id) {

    /** The longest cursor a client may send back; the ones this API gives out are far shorter. */
    public static final int MAX_LENGTH = 500;

    /** The instants a stored row can carry; a cursor outside them is forged (PostgreSQL would refuse it). */
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((at.toString() + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back, or null for the first page. */
    public static Cursor decode(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|", 2);
            if (parts.length != 2 || parts[1].isBlank()) {
                throw new IllegalArgumentException("no id");
            }
            Instant at = Instant.parse(parts[0]);
            if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
                throw new IllegalArgumentException("no instant this API gives out");
            }
            return new Cursor(at, parts[1]);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw forged(parameter);
        }
    }

    /** Like {@link #decode}, for lists keyed by UUID: a cursor whose id is no UUID is as forged as any other. */
    public static Cursor decodeWithUuid(String parameter, String value) {
        Cursor cursor = decode(parameter, value);
        if (cursor != null) {
            try {
                UUID.fromString(cursor.id());
            } catch (IllegalArgumentException e) {
                throw forged(parameter);
            }
        }
        return cursor;
    }

    private static ProblemException forged(String parameter) {
        String message = "is not a cursor this API gave out; pass nextCursor from the previous page";
        return new ProblemException(ProblemType.VALIDATION, "Query parameter '" + parameter + "' " + message,
                List.of(new FieldError(parameter, message)));
    }
}
