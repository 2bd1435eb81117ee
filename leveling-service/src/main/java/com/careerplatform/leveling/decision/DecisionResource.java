package com.careerplatform.leveling.decision;

import com.careerplatform.kit.idempotency.Idempotency;
import com.careerplatform.kit.paging.Cursor;
import com.careerplatform.kit.paging.CursorPage;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.problem.EnumParameter;
import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.kit.request.LevelCodeParameter;
import com.careerplatform.kit.security.Roles;
import com.careerplatform.leveling.decision.CalibrationService.CalibrationView;
import com.careerplatform.leveling.decision.DecisionRequests.CreateDecisionRequest;
import com.careerplatform.leveling.decision.DecisionRequests.FinalizeRequest;
import com.careerplatform.leveling.decision.DecisionRequests.VoteRequest;
import com.careerplatform.leveling.decision.DecisionService.DecisionFilter;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Hiring-committee leveling decisions: open, vote, finalize, correct, list, calibrate. */
@Path("/api/v1/leveling-decisions")
@Tag(name = "Leveling decisions", description = "Hiring committees level candidates against a pinned framework version")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    private final DecisionService decisions;
    private final CalibrationService calibration;
    private final SecurityIdentity identity;
    private final Clock clock;

    DecisionResource(DecisionService decisions, CalibrationService calibration, SecurityIdentity identity, Clock clock) {
        this.decisions = decisions;
        this.calibration = calibration;
        this.identity = identity;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HIRING_COMMITTEE)
    @Operation(summary = "Open a leveling decision, or with supersedes correct a final one (hiring-committee)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "L5 candidate", value = Examples.CREATE)))
    @APIResponse(responseCode = "201", description = "Opened; Location names it. A replay with the same Idempotency-Key"
            + " and body answers the first response again (Idempotency-Replayed: true)",
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: field errors, a level or axis not in the framework version, a score outside 1-4",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not on a hiring committee", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown framework or unpublished version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The same Idempotency-Key is still being processed; or the superseded decision is open or corrected already",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Body is not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(@HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull @Valid CreateDecisionRequest request, UriInfo uri) {
        return decisions.create(request, idempotencyKey, identity.getPrincipal().getName(),
                uri.getAbsolutePathBuilder().path("/").build());
    }

    @GET
    @RolesAllowed({Roles.HIRING_COMMITTEE, Roles.HR_ADMIN})
    @Operation(summary = "List decisions, newest first, with cursor pagination")
    @APIResponse(responseCode = "200", description = "One page; pass nextCursor as cursor for the next")
    @APIResponse(responseCode = "400", description = "Bad filter, cursor or limit", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is neither hiring-committee nor hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CursorPage<DecisionView> list(
            @QueryParam("candidateId") @Size(max = 100) String candidateId,
            @Parameter(description = "OPEN or FINAL") @QueryParam("status") @Size(max = 100) String status,
            @Parameter(description = "Final level") @QueryParam("level")
            @Size(max = 10) @Pattern(regexp = LevelCodeParameter.PATTERN, message = LevelCodeParameter.MESSAGE) String level,
            @Parameter(description = "Created on or after (ISO date)") @QueryParam("from") LocalDate from,
            @Parameter(description = "Created on or before (ISO date)") @QueryParam("to") LocalDate to,
            @QueryParam("cursor") @Size(max = 500) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        DecisionFilter filter = new DecisionFilter(candidateId, EnumParameter.parse(DecisionStatus.class, "status", status),
                LevelCodeParameter.normalized(level), from, to);
        return decisions.list(filter, Cursor.decodeWithUuid("cursor", cursor), limit);
    }

    @GET
    @Path("/calibration")
    @RolesAllowed({Roles.HIRING_COMMITTEE, Roles.HR_ADMIN})
    @Operation(summary = "Distribution of final levels and each interviewer's average gap to the final level")
    @APIResponse(responseCode = "200", description = "Calibration over decisions finalized in [from, to] (default: the last 365 days);"
            + " page and size page the interviewers",
            content = @Content(schema = @Schema(implementation = CalibrationView.class)))
    @APIResponse(responseCode = "400", description = "framework missing or too long, from after to, or bad page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is neither hiring-committee nor hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown framework", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CalibrationView calibration(@QueryParam("framework") @NotBlank @Size(max = 100) String framework,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @Valid @BeanParam PageParams page) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.minusDays(365);
        if (start.isAfter(end)) {
            throw new ProblemException(ProblemType.VALIDATION, "from must not be after to");
        }
        return calibration.calibrate(framework, start, end, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HIRING_COMMITTEE, Roles.HR_ADMIN})
    @Operation(summary = "Read one decision with its votes and its correction chain")
    @APIResponse(responseCode = "200", description = "The decision", content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "400", description = "id is not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is neither hiring-committee nor hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such decision", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DecisionView find(@PathParam("id") UUID id) {
        return decisions.find(id);
    }

    @PUT
    @Path("/{id}/vote")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HIRING_COMMITTEE)
    @Operation(summary = "Cast or change the caller's vote, or recuse (hiring-committee; until the decision is final)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "dissenting vote",
            value = "{\"level\": \"L4\", \"recused\": false, \"dissent\": \"System design round was L4 at best.\"}")))
    @APIResponse(responseCode = "200", description = "The decision with the vote", content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "400", description = "Neither a level nor a recusal, or a level not in the pinned version",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not on a hiring committee", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such decision", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The decision is final", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DecisionView vote(@PathParam("id") UUID id, @NotNull @Valid VoteRequest request) {
        return decisions.vote(id, request, identity.getPrincipal().getName());
    }

    @POST
    @Path("/{id}/finalize")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HIRING_COMMITTEE, Roles.HR_ADMIN})
    @Operation(summary = "Finalize with the final level (hr-admin or the decision's chair; needs the quorum)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "L6", value = "{\"finalLevel\": \"L6\"}")))
    @APIResponse(responseCode = "200", description = "The final decision; leveling-decision.finalized is recorded for delivery",
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "400", description = "finalLevel missing or not in the pinned version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is neither hr-admin nor the chair", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such decision", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Already final, or fewer counting votes than the quorum", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DecisionView finalize(@PathParam("id") UUID id, @NotNull @Valid FinalizeRequest request) {
        return decisions.finalize(id, request, identity);
    }
}
