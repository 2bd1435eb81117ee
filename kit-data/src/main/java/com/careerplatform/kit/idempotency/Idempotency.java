package com.careerplatform.kit.idempotency;

import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.kit.request.IdempotencyKeyHeader;
import com.careerplatform.kit.transaction.InsertsAtCommit;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Makes a creating POST safe to retry with an {@code Idempotency-Key}. Keys are scoped to the calling
 * client and subject and kept {@link #RETENTION}. Runs in the write's transaction (joining it, or starting
 * one), after anything it must ask other services: the key and the first response are stored with the
 * change, and a transaction-scoped advisory lock
 * tells a duplicate that arrives while the first is still running (409) from a replay (the first response
 * again) and from a reuse of the key for another request (422): another body, or another path.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = IdempotencyKeyHeader.NAME;
    public static final Duration RETENTION = Duration.ofHours(24);

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final String LOCK = "select pg_try_advisory_xact_lock(hashtextextended(?, 0))";
    private static final String FIND = "select request_hash, response_status, response_body, response_location, expires_at,"
            + " response_etag from idempotency_key where client = ? and subject = ? and key = ?";
    private static final String STORE = "insert into idempotency_key (client, subject, key, request_hash, response_status,"
            + " response_body, response_location, created_at, expires_at, response_etag) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** What a creating POST answered: replayed as it was for a retry. */
    public record Outcome(int status, Object body, URI location, String etag) {

        public Outcome(int status, Object body, URI location) {
            this(status, body, location, null);
        }

        public static Outcome created(URI location, Object body) {
            return new Outcome(201, body, location, null);
        }

        public Outcome withEtag(String revision) {
            return new Outcome(status, body, location, revision);
        }
    }

    private final DataSource dataSource;
    private final InsertsAtCommit inserts;
    private final ObjectMapper mapper;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final HttpServerRequest http;

    Idempotency(DataSource dataSource, InsertsAtCommit inserts, ObjectMapper mapper, SecurityIdentity identity, Clock clock,
            HttpServerRequest http) {
        this.dataSource = dataSource;
        this.inserts = inserts;
        this.mapper = mapper;
        this.identity = identity;
        this.clock = clock;
        this.http = http;
    }

    /**
     * Runs {@code action} once per key and request path, in a transaction; without a key it simply runs. With
     * nothing to ask other services first, the key is looked for once, under its lock.
     */
    public Response execute(String key, Object request, Supplier<Outcome> action) {
        return run(key, request, null, ignored -> action.get());
    }

    /**
     * As {@link #execute(String, Object, Supplier)}, for a write that needs other services' answers first:
     * {@code beforehand} asks them outside any transaction (after a replay has been looked for, so a retry
     * is answered without asking again), and {@code action} gets what it found, in the transaction that
     * stores the key with the change.
     */
    public <F> Response execute(String key, Object request, Supplier<F> beforehand, Function<F, Outcome> action) {
        return run(key, request, beforehand, action);
    }

    /** As the two execute methods; a null {@code beforehand} has nothing to ask. */
    private <F> Response run(String key, Object request, Supplier<F> beforehand, Function<F, Outcome> action) {
        if (key == null) {
            F found = beforehand == null ? null : beforehand.get();
            return toResponse(QuarkusTransaction.joiningExisting().call(() -> action.apply(found)));
        }
        if (!KEY.matcher(key).matches()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    HEADER + " must be 1 to 200 visible ASCII characters");
        }
        String client = client();
        String subject = identity.getPrincipal().getName();
        String hash = sha256(http.method() + " " + http.path() + "\n" + json(request));
        if (beforehand == null) {
            return onceUnderLock(client, subject, key, hash, () -> action.apply(null));
        }
        Response earlier = withConnection(connection -> replay(find(connection, client, subject, key), hash));
        if (earlier != null) {
            return earlier;
        }
        F found = beforehand.get();
        return onceUnderLock(client, subject, key, hash, () -> action.apply(found));
    }

    /** Under the key's lock, in the write's transaction: the first response again, or the action's, stored with the key. */
    private Response onceUnderLock(String client, String subject, String key, String hash, Supplier<Outcome> action) {
        return QuarkusTransaction.joiningExisting().call(() -> withConnection(connection -> {
            Response replayed = replay(lockThenFind(connection, client, subject, key), hash);
            if (replayed != null) {
                return replayed;
            }
            Outcome outcome = action.get();
            store(client, subject, key, hash, outcome);
            return toResponse(outcome);
        }));
    }

    private interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T withConnection(ConnectionWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency key store failed", e);
        }
    }

    /** The first answer again for the same request; null when the key is new. */
    private static Response replay(Stored stored, String hash) {
        if (stored == null) {
            return null;
        }
        if (!stored.requestHash.equals(hash)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "This " + HEADER
                    + " was used for a different request (another body or path); use a new key for a new request");
        }
        return Response.status(stored.status).type(MediaType.APPLICATION_JSON)
                .location(stored.location == null ? null : URI.create(stored.location))
                .tag(stored.etag == null ? null : new EntityTag(stored.etag))
                .header("Idempotency-Replayed", "true")
                .entity(stored.body)
                .build();
    }

    private record Stored(String requestHash, int status, String body, String location, String etag) {
    }

    /**
     * Takes the key's lock, then reads what is stored under it: two statements sent in one round trip. PostgreSQL
     * runs them in order and takes the second's snapshot after the lock is held, so a first request that
     * committed before releasing the lock is seen.
     */
    private Stored lockThenFind(Connection connection, String client, String subject, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LOCK + "; " + FIND)) {
            statement.setString(1, client + "\n" + subject + "\n" + key);
            statement.setString(2, client);
            statement.setString(3, subject);
            statement.setString(4, key);
            statement.execute();
            try (ResultSet locked = statement.getResultSet()) {
                locked.next();
                if (!locked.getBoolean(1)) {
                    throw new ProblemException(ProblemType.CONFLICT, "A request with this " + HEADER
                            + " is still being processed; retry once it has finished");
                }
            }
            statement.getMoreResults();
            try (ResultSet rows = statement.getResultSet()) {
                return stored(connection, rows, client, subject, key);
            }
        }
    }

    private Stored find(Connection connection, String client, String subject, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(FIND)) {
            select.setString(1, client);
            select.setString(2, subject);
            select.setString(3, key);
            try (ResultSet rows = select.executeQuery()) {
                return stored(connection, rows, client, subject, key);
            }
        }
    }

    /** The answer stored under the key, from the rows of {@link #FIND}; an expired one is deleted and counts as none. */
    private Stored stored(Connection connection, ResultSet rows, String client, String subject, String key) throws SQLException {
        if (!rows.next()) {
            return null;
        }
        if (rows.getTimestamp(5).toInstant().isBefore(Instant.now(clock))) {
            delete(connection, client, subject, key);
            return null;
        }
        return new Stored(rows.getString(1), rows.getInt(2), rows.getString(3), rows.getString(4), rows.getString(6));
    }

    private void delete(Connection connection, String client, String subject, String key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from idempotency_key where client = ? and subject = ? and key = ?")) {
            delete.setString(1, client);
            delete.setString(2, subject);
            delete.setString(3, key);
            delete.executeUpdate();
        }
    }

    private void store(String client, String subject, String key, String hash, Outcome outcome) {
        Instant now = Instant.now(clock);
        inserts.add(STORE, client, subject, key, hash, outcome.status(), json(outcome.body()),
                outcome.location() == null ? null : outcome.location().toString(), Timestamp.from(now),
                Timestamp.from(now.plus(RETENTION)), outcome.etag());
    }

    private String client() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("azp") != null) {
            return token.getClaim("azp").toString();
        }
        return "unknown-client";
    }

    private static Response toResponse(Outcome outcome) {
        Response.ResponseBuilder response = Response.status(outcome.status()).entity(outcome.body());
        if (outcome.location() != null) {
            response.location(outcome.location());
        }
        if (outcome.etag() != null) {
            response.tag(new EntityTag(outcome.etag()));
        }
        return response.build();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise for the idempotency store", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
