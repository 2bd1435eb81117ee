package com.careerplatform.leveling.people;

import com.careerplatform.kit.idempotency.Idempotency;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.security.Roles;
import com.careerplatform.leveling.people.PeopleRequests.CorrectionRequest;
import com.careerplatform.leveling.people.PeopleRequests.HireRequest;
import com.careerplatform.leveling.people.PeopleRequests.PromotionRequest;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.net.URI;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The people record: a person with the level in force on a day, their level history and reports; level moves. */
@Path("/api/v1/people/{employeeId}")
@Tag(name = "People", description = "The system of record of who reports to whom and who holds which level since when")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    private static final String ID = PersonRow.EMPLOYEE_ID;
    private static final String ID_MESSAGE = PersonRow.EMPLOYEE_ID_MESSAGE;

    private final PeopleReader reader;
    private final CareerMoves moves;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    PeopleResource(PeopleReader reader, CareerMoves moves, SecurityIdentity identity, Idempotency idempotency) {
        this.idempotency = idempotency;
        this.reader = reader;
        this.moves = moves;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.MEMBER, Roles.PLATFORM_SERVICE})
    @Operation(summary = "A person with the level in force on asOf (the person, their manager, hr-admin, comp-admin)")
    @APIResponse(responseCode = "200", description = "The person; level fields are null while they hold none",
            content = @Content(schema = @Schema(implementation = PersonView.class),
                    examples = @ExampleObject(name = "alice", value = Examples.PERSON)))
    @APIResponse(responseCode = "400", description = "employeeId or asOf malformed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such person the caller may see", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PersonView find(@PathParam("employeeId") @Size(max = 64) @Pattern(regexp = ID, message = ID_MESSAGE) String employeeId,
            @Parameter(description = "The day whose level to answer (yyyy-MM-dd); today when absent") @QueryParam("asOf")
            LocalDate asOf) {
        return reader.find(employeeId, asOf, identity);
    }

    @GET
    @Path("/level-history")
    @RolesAllowed({Roles.MEMBER, Roles.PLATFORM_SERVICE})
    @Operation(summary = "One page of the person's level history, the latest to take effect first")
    @APIResponse(responseCode = "200", description = "Every change with its day, reason, source and who recorded it")
    @APIResponse(responseCode = "400", description = "employeeId, page or size malformed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such person the caller may see", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PageView<LevelChangeView> history(@PathParam("employeeId") @Size(max = 64) @Pattern(regexp = ID, message = ID_MESSAGE) String employeeId,
            @Valid @BeanParam PageParams page) {
        return reader.history(employeeId, page, identity);
    }

    @GET
    @Path("/reports")
    @RolesAllowed({Roles.MEMBER, Roles.PLATFORM_SERVICE})
    @Operation(summary = "One page of the people reporting to this person, with their levels today (the person, hr-admin, comp-admin)")
    @APIResponse(responseCode = "200", description = "Direct reports by employee id")
    @APIResponse(responseCode = "400", description = "employeeId, page or size malformed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such person whose reports the caller may see", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PageView<PersonView> reports(@PathParam("employeeId") @Size(max = 64) @Pattern(regexp = ID, message = ID_MESSAGE) String employeeId,
            @Valid @BeanParam PageParams page) {
        return reader.reports(employeeId, page, identity);
    }

    @POST
    @Path("/hire")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Record that a candidate was hired as this person: the first level comes from the candidate's"
            + " finalized leveling decision, pinned to its framework version (hr-admin)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "hire", value = Examples.HIRE)))
    @APIResponse(responseCode = "201", description = "The HIRED entry of the level history",
            content = @Content(schema = @Schema(implementation = LevelChangeView.class)))
    @APIResponse(responseCode = "200", description = "The same hire again: the entry made the first time, nothing changed",
            content = @Content(schema = @Schema(implementation = LevelChangeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such person", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The person was hired already, holds a level, or the candidate was hired as someone else",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Body is not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The candidate has no finalized decision, or several and none is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response hire(@PathParam("employeeId") @Size(max = 64) @Pattern(regexp = ID, message = ID_MESSAGE) String employeeId,
            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull @Valid HireRequest request, UriInfo uri) {
        return idempotency.execute(idempotencyKey, request, () ->
                answer(moves.hire(employeeId, request, identity.getPrincipal().getName()), uri, employeeId));
    }

    @POST
    @Path("/level-corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Put a wrong level right from a day on, saying why (hr-admin); a CORRECTED entry of the history")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "correction", value = Examples.CORRECTION)))
    @APIResponse(responseCode = "201", description = "The CORRECTED entry. A replay with the same Idempotency-Key and body"
            + " answers it again (Idempotency-Replayed: true)", content = @Content(schema = @Schema(implementation = LevelChangeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or a level the person's framework does not have",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such person", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The same Idempotency-Key is still being processed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Body is not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response correct(@PathParam("employeeId") @Size(max = 64) @Pattern(regexp = ID, message = ID_MESSAGE) String employeeId,
            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey, @NotNull @Valid CorrectionRequest request,
            UriInfo uri) {
        return moves.correct(employeeId, request, idempotencyKey, identity.getPrincipal().getName(), historyOf(uri, employeeId));
    }

    @POST
    @Path("/promotions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_SERVICE)
    @Operation(summary = "Move the person one level up for a packet decided PROMOTED (promotion-service's relay only)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "promoted to L6", value = Examples.PROMOTION)))
    @APIResponse(responseCode = "201", description = "The PROMOTED entry of the level history",
            content = @Content(schema = @Schema(implementation = LevelChangeView.class)))
    @APIResponse(responseCode = "200", description = "The packet's promotion again (a redelivered event): the entry made"
            + " the first time, nothing changed", content = @Content(schema = @Schema(implementation = LevelChangeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or a level the framework does not have",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not a platform service", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such person", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The record has the person at another level or framework than the packet",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Body is not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response promote(@PathParam("employeeId") @Size(max = 64) @Pattern(regexp = ID, message = ID_MESSAGE) String employeeId,
            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull @Valid PromotionRequest request, UriInfo uri) {
        return idempotency.execute(idempotencyKey, request, () ->
                answer(moves.promote(employeeId, request, identity.getPrincipal().getName()), uri, employeeId));
    }

    private static Idempotency.Outcome answer(CareerMoves.Moved moved, UriInfo uri, String employeeId) {
        if (!moved.created()) {
            return new Idempotency.Outcome(200, moved.change(), null);
        }
        return Idempotency.Outcome.created(historyOf(uri, employeeId), moved.change());
    }

    private static URI historyOf(UriInfo uri, String employeeId) {
        return uri.getBaseUriBuilder().path("api/v1/people").path(employeeId).path("level-history").build();
    }
}
