package com.careerplatform.kit.openapi;

import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.problem.ScimErrors;
import com.careerplatform.kit.request.IdempotencyKeyHeader;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares in every service's OpenAPI document the answers the platform itself gives on any operation,
 * so the document tells every status a client can meet: 401 everywhere (every operation needs a bearer
 * token, and says so in its security requirement), 400 where an operation takes a path or query parameter
 * (malformed, too long, a control character), 409 and 422 where it takes an {@code Idempotency-Key}, 413
 * and 415 where it takes a body, 503 everywhere (the database or Keycloak cannot be reached). An operation
 * that declares one of them itself keeps its own; an error answer declared without a body (as SmallRye's
 * own 400 for validated bodies) gets the error's media type. Under {@code /scim/} the answers are SCIM errors.
 */
public class PlatformAnswers implements OASFilter {

    private static final String KEY_DESCRIPTION = "Makes a retry safe: the same key with the same request within 24 h"
            + " answers the first response again (Idempotency-Replayed: true) and creates nothing";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> schemes = document.getComponents() == null || document.getComponents().getSecuritySchemes() == null
                ? Set.of() : document.getComponents().getSecuritySchemes().keySet();
        document.getPaths().getPathItems().forEach((path, item) -> {
            String errors = ScimErrors.appliesTo(path) ? ScimErrors.MEDIA_TYPE : Problem.MEDIA_TYPE;
            Map<?, Operation> operations = item.getOperations();
            operations.values().forEach(operation -> declare(operation, errors, schemes));
        });
    }

    private static void declare(Operation operation, String errors, Set<String> schemes) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        // Every operation needs a bearer token (deny-unannotated-endpoints; none is public). Quarkus declares
        // that on the operations whose own class holds @RolesAllowed; inherited ones (the audit log, webhooks) get it here.
        if ((operation.getSecurity() == null || operation.getSecurity().isEmpty()) && schemes.size() == 1) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(schemes.iterator().next()));
        }
        add(responses, "401", errors, "No or invalid bearer token");
        boolean parameters = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.PATH || parameter.getIn() == Parameter.In.QUERY);
        if (parameters) {
            add(responses, "400", errors, "A path or query parameter is malformed, too long or holds a control character");
        }
        if (takesIdempotencyKey(operation)) {
            addOrExtend(responses, "409", errors, "A request with the same Idempotency-Key is still being processed");
            addOrExtend(responses, "422", errors, "The Idempotency-Key was used for another request (body or path)");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", errors, "The body is larger than 1 MiB");
            add(responses, "415", errors, "The body is not of a media type the operation takes");
        }
        add(responses, "503", errors, "The service's database or the identity provider cannot be reached; retry shortly");
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.charAt(0) >= '4' && (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty())) {
                response.content(OASFactory.createContent().addMediaType(errors, OASFactory.createMediaType()));
            }
        });
    }

    private static boolean takesIdempotencyKey(Operation operation) {
        if (operation.getParameters() == null) {
            return false;
        }
        boolean takes = false;
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.HEADER && IdempotencyKeyHeader.NAME.equalsIgnoreCase(parameter.getName())) {
                takes = true;
                if (parameter.getDescription() == null) {
                    parameter.description(KEY_DESCRIPTION);
                }
            }
        }
        return takes;
    }

    private static void addOrExtend(APIResponses responses, String status, String mediaType, String description) {
        APIResponse declared = responses.getAPIResponse(status);
        if (declared == null) {
            add(responses, status, mediaType, description);
        } else if (declared.getDescription() == null || !declared.getDescription().contains(IdempotencyKeyHeader.NAME)) {
            declared.description((declared.getDescription() == null ? "" : declared.getDescription() + "; or: ") + description);
        }
    }

    private static void add(APIResponses responses, String status, String mediaType, String description) {
        if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType(mediaType, OASFactory.createMediaType())));
        }
    }
}
