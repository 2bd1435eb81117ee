package com.careerplatform.kit.webhook;

import com.careerplatform.kit.idempotency.Idempotency;
import com.careerplatform.kit.outbox.DeliveryLog;
import com.careerplatform.kit.outbox.DeliveryStatus;
import com.careerplatform.kit.outbox.DeliveryView;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.EnumParameter;
import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.kit.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A service's events for HR systems (hr-admin): register signed webhooks, and list and redeliver the
 * deliveries of every subscriber, dead letters included. Each publishing service extends it with its own
 * {@code @Path} ({@code /api/v1/events/<service>}) and lists its event types in
 * {@code career.webhooks.event-types}.
 */
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.HR_ADMIN)
public abstract class WebhookResource {

    private static final String NOT_HR_ADMIN = "Caller is not hr-admin";

    @Inject
    WebhookSubscriptions webhooks;

    @Inject
    DeliveryLog deliveries;

    @Inject
    SecurityIdentity identity;

    @Inject
    Idempotency idempotency;

    @POST
    @Path("/webhooks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook; the answer holds its signing secret, shown only this once")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "HR sync", value = """
            {"url": "https://hr.example.com/career-events", "eventTypes": ["promotion.decided"],
             "description": "Workday promotion sync"}
            """)))
    @APIResponse(responseCode = "201", description = "Registered; Location names the webhook",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body; errors lists each rejected field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = NOT_HR_ADMIN, content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Body is not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Unknown event type, or a URL the platform will not call"
            + " (not http(s), credentials in it, a non-public address, plain http to a public host)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response register(@HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull @Valid WebhookRequest request, UriInfo uri) {
        return idempotency.execute(idempotencyKey, request, () -> {
            WebhookView created = webhooks.register(request, identity.getPrincipal().getName());
            return Idempotency.Outcome.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created);
        });
    }

    @GET
    @Path("/webhooks")
    @Operation(summary = "List registered webhooks, newest first (secrets are never shown)")
    @APIResponse(responseCode = "200", description = "One page of webhooks")
    @APIResponse(responseCode = "400", description = "Bad page or size", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = NOT_HR_ADMIN, content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PageView<WebhookView> list(@Valid @BeanParam PageParams page) {
        return webhooks.list(page);
    }

    @GET
    @Path("/webhooks/{id}")
    @Operation(summary = "Read one webhook")
    @APIResponse(responseCode = "200", description = "The webhook", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "403", description = NOT_HR_ADMIN, content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such webhook", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public WebhookView find(@PathParam("id") UUID id) {
        return webhooks.find(id).orElseThrow(() -> notFound("webhook", id));
    }

    @DELETE
    @Path("/webhooks/{id}")
    @Operation(summary = "Deactivate a webhook: no further events; its pending deliveries become dead letters")
    @APIResponse(responseCode = "204", description = "Deactivated (also when it was already)")
    @APIResponse(responseCode = "403", description = NOT_HR_ADMIN, content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such webhook", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public void deactivate(@PathParam("id") UUID id) {
        if (!webhooks.deactivate(id)) {
            throw notFound("webhook", id);
        }
    }

    @GET
    @Path("/deliveries")
    @Operation(summary = "List event deliveries to every subscriber (comp-service and webhooks), newest first")
    @APIResponse(responseCode = "200", description = "One page of deliveries")
    @APIResponse(responseCode = "400", description = "Bad page, size or status", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = NOT_HR_ADMIN, content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PageView<DeliveryView> deliveries(
            @Parameter(description = "PENDING, DELIVERED or DEAD (dead letters)") @QueryParam("status") @Size(max = 100) String status,
            @Parameter(description = "Only deliveries to this webhook (its id)") @QueryParam("webhookId") @Size(max = 36) String webhookId,
            @Valid @BeanParam PageParams page) {
        return deliveries.list(EnumParameter.parse(DeliveryStatus.class, "status", status), uuid("webhookId", webhookId),
                page);
    }

    @POST
    @Path("/deliveries/{id}/redeliver")
    @Operation(summary = "Send a dead or delivered delivery again, with fresh attempts")
    @APIResponse(responseCode = "200", description = "Pending again, due now",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "403", description = NOT_HR_ADMIN, content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such delivery", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Still pending, or its webhook is deactivated",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DeliveryView redeliver(@PathParam("id") UUID id) {
        return deliveries.redeliver(id).orElseThrow(() -> notFound("delivery", id));
    }

    private static UUID uuid(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            String message = "must be a UUID";
            throw new ProblemException(ProblemType.VALIDATION, "Query parameter '" + parameter + "' " + message,
                    List.of(new FieldError(parameter, message)));
        }
    }

    private static ProblemException notFound(String what, UUID id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + what + " " + id);
    }
}
