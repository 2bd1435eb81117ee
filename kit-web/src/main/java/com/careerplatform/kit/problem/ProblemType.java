package com.careerplatform.kit.problem;

import java.net.URI;
import java.util.Arrays;

/**
 * The stable problem types of the platform's RFC 9457 answers. Clients switch on {@link #uri()}, so a
 * type's slug never changes once released; see docs/errors.md.
 */
public enum ProblemType {
    VALIDATION("validation", "Request is not valid", 400),
    MALFORMED_BODY("malformed-body", "Request body cannot be read", 400),
    UNAUTHENTICATED("unauthenticated", "Authentication required", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    NOT_FOUND("not-found", "Resource not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "No acceptable representation", 406),
    CONFLICT("conflict", "Conflict with the current state", 409),
    PRECONDITION_FAILED("precondition-failed", "Precondition failed", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    URI_TOO_LONG("uri-too-long", "Request URI too long", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    UNPROCESSABLE("unprocessable", "Request cannot be processed", 422),
    PRECONDITION_REQUIRED("precondition-required", "Precondition required", 428),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    HEADERS_TOO_LARGE("headers-too-large", "Request header fields too large", 431),
    INTERNAL("internal", "Internal error", 500),
    UPSTREAM_UNAVAILABLE("upstream-unavailable", "Upstream service unavailable", 502),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", 503),
    UPSTREAM_TIMEOUT("upstream-timeout", "Upstream service timed out", 504);

    private static final String PREFIX = "urn:career-platform:problem:";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return URI.create(PREFIX + slug);
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The type for an HTTP status raised by the framework itself (unknown path, wrong method, …). */
    public static ProblemType forStatus(int status) {
        return Arrays.stream(values())
                .filter(type -> type.status == status)
                .findFirst()
                .orElse(status >= 500 ? INTERNAL : VALIDATION);
    }
}
