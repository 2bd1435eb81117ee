package com.careerplatform.kit.problem;

import com.careerplatform.kit.problem.Problem.FieldError;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Where exceptions become RFC 9457 answers, for every service (authentication failures: the security
 * package's {@code SecurityProblemMappers}). Nothing internal (class names, stack traces, SQL) ever
 * reaches the body; a refusal (403) is logged as a security event without the token.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    private static final Logger SECURITY = Logger.getLogger("security");

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, ContainerRequestContext request) {
        if (e.type() == ProblemType.FORBIDDEN) {
            SECURITY.infof("403 %s %s %s: %s", request.getMethod(), path(uri), Callers.of(request), e.getMessage());
        }
        return ProblemResponses.of(Problem.of(e.type(), e.getMessage(), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        // Quarkus REST wraps some body-reading failures (e.g. truncated JSON) in a plain 400.
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return mismatchedInput(mismatch, uri);
        }
        if (e.getCause() instanceof ProblemException refused) {
            return ProblemResponses.of(Problem.of(refused.type(), refused.getMessage(), path(uri), refused.errors()));
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers a query or path parameter it cannot convert (a bad date, a word for a number) with 404.
            return ProblemResponses.of(Problem.of(ProblemType.VALIDATION,
                    "A query or path parameter has the wrong format; check it against the API document", path(uri)));
        }
        if (status == 400) {
            return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_BODY,
                    "The request cannot be read; check the body and parameters against the API document", path(uri)));
        }
        if (status >= 500) {
            return internal(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        return ProblemResponses.of(Problem.of(type, standardDetail(status, e), path(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        if (isReturnValueViolation(e)) {
            return internal(e, uri);
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return ProblemResponses.of(Problem.of(ProblemType.VALIDATION,
                errors.size() + " field(s) rejected", path(uri), errors));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = FieldMessages.path(e);
        return ProblemResponses.of(Problem.of(ProblemType.VALIDATION, "Unknown field '" + field + "'", path(uri),
                List.of(new FieldError(field, "unknown field; known fields: " + e.getKnownPropertyIds()))));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String field = FieldMessages.path(e);
        String message = FieldMessages.unreadable(e);
        return ProblemResponses.of(Problem.of(ProblemType.VALIDATION, "Field '" + field + "' " + message,
                path(uri), List.of(new FieldError(field, message))));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = FieldMessages.path(e);
        if (field.isEmpty()) {
            return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_BODY,
                    "The body must be a JSON object of the documented shape", path(uri)));
        }
        String message = FieldMessages.unreadable(e);
        return ProblemResponses.of(Problem.of(ProblemType.VALIDATION, "Field '" + field + "' " + message,
                path(uri), List.of(new FieldError(field, message))));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_BODY,
                "The body is not well-formed JSON (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")",
                path(uri)));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warnf("database unavailable while serving %s: %s", path(uri), e.toString());
            return Response.fromResponse(ProblemResponses.of(Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                    "The service's database cannot be reached right now; retry shortly", path(uri))))
                    .header("Retry-After", "2")
                    .build();
        }
        return internal(e, uri);
    }

    private static Response internal(Throwable e, UriInfo uri) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s while serving %s", reference, path(uri));
        return ProblemResponses.of(Problem.of(ProblemType.INTERNAL,
                "An unexpected error occurred; quote reference " + reference + " when reporting it", path(uri)));
    }

    private static boolean isReturnValueViolation(ConstraintViolationException e) {
        // A response that breaks its own constraints is our bug, not the client's: 500, not 400.
        return e.getConstraintViolations().stream()
                .flatMap(violation -> StreamSupport.stream(violation.getPropertyPath().spliterator(), false))
                .map(Path.Node::getKind)
                .anyMatch(kind -> kind == ElementKind.RETURN_VALUE);
    }

    private static String standardDetail(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> e.getMessage() != null && !e.getMessage().startsWith("HTTP 404")
                    ? e.getMessage() : "No resource at this path";
            case 405 -> "This method is not supported on this path";
            case 406 -> "The resource cannot be represented in the media type you accept";
            case 413 -> "The request body is larger than this endpoint accepts";
            case 415 -> "The body's Content-Type is not one this operation takes (application/json; text/csv for the CSV"
                    + " imports); the API document gives each operation's";
            default -> Response.Status.fromStatusCode(status) != null
                    ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Request refused";
        };
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Paths look like "create.request.name": the method and parameter names mean nothing to a client.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return FieldMessages.reported(violation, parts.length == 3 ? parts[2] : parts[parts.length - 1]);
    }

    private static String path(UriInfo uri) {
        return ProblemResponses.instance(uri);
    }
}
