package com.careerplatform.kit.request;

import io.netty.util.concurrent.FastThreadLocal;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * One access line per request: address, request line, status, bytes, milliseconds, {@code request-id=} and
 * {@code trace=}. A thread's lines go to the log together, as one record, at most {@value #FLUSH_MILLIS} ms after
 * the first of them: Quarkus' access log handed each line to the asynchronous console handler on its own (a
 * wakeup of the logging thread, a formatting and a write for every request: 13% of the gateway's CPU, about
 * 4% of a decision submission's in leveling-service). Each record stays below the console writer's buffer, so another
 * handler's output never lands inside a line. The gateway writes the lines of its API exchanges, a service those
 * of every request ({@link AccessLines}).
 */
@Singleton
public class AccessLog {

    private static final String CATEGORY = "access";
    private static final Logger LOG = Logger.getLogger(CATEGORY);
    private static final int BATCH_CHARS = 6_000;
    private static final long FLUSH_MILLIS = 50;
    /** A longer URI (up to gateway.max-uri-length) is cut, so that one line stays within a batch. */
    private static final int URI_CHARS = 2_048;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final int CLOSED_BY_CALLER = 499;

    /**
     * The lines of a thread not yet written, and whether their writing is scheduled. A worker thread's timer runs
     * on another thread, hence the lock (taken by that one thread and, once per batch, by the timer).
     */
    private static final class Batch {
        final StringBuilder lines = new StringBuilder(BATCH_CHARS + 1_000);
        String prefix;
        long prefixMillis = -1;
        boolean scheduled;
    }

    private final boolean enabled;
    private final FastThreadLocal<Batch> batches = new FastThreadLocal<>() {
        @Override
        protected Batch initialValue() {
            return new Batch();
        }
    };

    AccessLog(@ConfigProperty(name = "career.access-log.enabled", defaultValue = "true") boolean enabled) {
        this.enabled = enabled;
    }

    /** The status an exchange is logged with: its answer's, or 499 (as nginx logs it) when the caller left before it. */
    public static int statusOf(HttpServerResponse response) {
        return response.ended() ? response.getStatusCode() : CLOSED_BY_CALLER;
    }

    public void record(HttpServerRequest request, int status, long bytes, long nanos, String requestId, String traceId) {
        if (!enabled) {
            return;
        }
        Batch batch = batches.get();
        synchronized (batch) {
            append(batch, request, status, bytes, nanos, requestId, traceId);
            if (batch.lines.length() >= BATCH_CHARS) {
                write(batch);
            }
            if (batch.scheduled) {
                return;
            }
            Context context = Vertx.currentContext();
            if (context == null) {
                write(batch);
                return;
            }
            batch.scheduled = true;
            context.owner().setTimer(FLUSH_MILLIS, ignored -> {
                synchronized (batch) {
                    batch.scheduled = false;
                    write(batch);
                }
            });
        }
    }

    private static void append(Batch batch, HttpServerRequest request, int status, long bytes, long nanos, String requestId,
            String traceId) {
        long now = System.currentTimeMillis();
        if (now != batch.prefixMillis) {
            batch.prefixMillis = now;
            batch.prefix = LocalTime.ofInstant(Instant.ofEpochMilli(now), ZoneId.systemDefault()).format(TIME)
                    + " INFO  [" + CATEGORY + "] ";
        }
        batch.lines.append(batch.prefix)
                .append(request.remoteAddress() == null ? "-" : request.remoteAddress().hostAddress())
                .append(" \"").append(request.method().name()).append(' ').append(uri(request)).append(' ')
                .append(version(request)).append("\" ").append(status).append(' ').append(bytes).append(' ')
                .append(TimeUnit.NANOSECONDS.toMillis(nanos)).append(" ms request-id=").append(requestId)
                .append(" trace=").append(traceId).append('\n');
    }

    private static void write(Batch batch) {
        if (!batch.lines.isEmpty()) {
            LOG.info(batch.lines.toString());
            batch.lines.setLength(0);
        }
    }

    private static String uri(HttpServerRequest request) {
        String uri = request.uri();
        return uri.length() <= URI_CHARS ? uri : uri.substring(0, URI_CHARS) + "...(" + uri.length() + " characters)";
    }

    private static String version(HttpServerRequest request) {
        return switch (request.version()) {
            case HTTP_1_0 -> "HTTP/1.0";
            case HTTP_1_1 -> "HTTP/1.1";
            case HTTP_2 -> "HTTP/2.0";
        };
    }
}
