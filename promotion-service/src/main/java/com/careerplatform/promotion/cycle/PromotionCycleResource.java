package com.careerplatform.promotion.cycle;

import com.careerplatform.kit.idempotency.Idempotency;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.EnumParameter;
import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Promotion cycles: HR opens, edits and closes them, everyone on the platform can see them. */
@Path("/api/v1/promotion-cycles")
@Tag(name = "Promotion cycles", description = "Submission windows for promotion packets")
@Produces(MediaType.APPLICATION_JSON)
public class PromotionCycleResource {

    private final PromotionCycleService cycles;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    PromotionCycleResource(PromotionCycleService cycles, SecurityIdentity identity, Idempotency idempotency) {
        this.idempotency = idempotency;
        this.cycles = cycles;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "List promotion cycles, newest window first")
    @APIResponse(responseCode = "200", description = "One page of cycles")
    @APIResponse(responseCode = "400", description = "Bad page, size or status", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PageView<PromotionCycleView> list(
            @Parameter(description = "OPEN or CLOSED") @QueryParam("status") @Size(max = 100) String status,
            @Valid @BeanParam PageParams page) {
        return cycles.list(EnumParameter.parse(CycleStatus.class, "status", status), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Read one promotion cycle")
    @APIResponse(responseCode = "200", description = "The cycle; ETag is what If-Match names to edit or close it",
            content = @Content(schema = @Schema(implementation = PromotionCycleView.class)))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such cycle", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response find(@PathParam("id") UUID id) {
        return tagged(cycles.find(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Rename an open cycle or move its submission window (hr-admin; If-Match required)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a week longer", value = """
            {"name": "2027 H1", "submissionOpens": "2027-01-04", "submissionCloses": "2027-02-05"}
            """)))
    @APIResponse(responseCode = "200", description = "Edited, with its new ETag", content = @Content(schema = @Schema(implementation = PromotionCycleView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body (frameworkSlug is an unknown field: a cycle keeps its framework),"
            + " a window that closes before it opens, or If-Match over 200 characters", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such cycle", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The cycle is closed, or another cycle has the name", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "If-Match names an older revision", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response edit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 200) String ifMatch,
            @NotNull @Valid EditCycleRequest request) {
        return tagged(cycles.edit(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Close a cycle: no new packets or submissions; packets in review are still decided (hr-admin; If-Match required)")
    @APIResponse(responseCode = "200", description = "CLOSED, with its new ETag", content = @Content(schema = @Schema(implementation = PromotionCycleView.class)))
    @APIResponse(responseCode = "400", description = "If-Match over 200 characters", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such cycle", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Closed already", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "If-Match names an older revision", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 200) String ifMatch) {
        return tagged(cycles.close(id, ifMatch));
    }

    private static Response tagged(PromotionCycleView cycle) {
        return Response.ok(cycle).tag(new EntityTag(cycle.etag())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Open a promotion cycle (hr-admin)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "H1 2027", value = """
            {"name": "2027 H1", "frameworkSlug": "ai-engineer",
             "submissionOpens": "2027-01-04", "submissionCloses": "2027-01-29"}
            """)))
    @APIResponse(responseCode = "201", description = "Opened; Location names the new cycle, ETag its revision",
            content = @Content(schema = @Schema(implementation = PromotionCycleView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body; errors lists each rejected field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "A cycle with this name exists", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Body is not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "leveling-service publishes no such framework",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "leveling-service cannot confirm the framework; nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response open(@HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull @Valid CreateCycleRequest request, UriInfo uri) {
        return idempotency.execute(idempotencyKey, request, () -> cycles.publishedLevels(request.frameworkSlug()), published -> {
            PromotionCycleView created = cycles.open(request, identity.getPrincipal().getName());
            return Idempotency.Outcome.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created)
                    .withEtag(created.etag());
        });
    }
}
