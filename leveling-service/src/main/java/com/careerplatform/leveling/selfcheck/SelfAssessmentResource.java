package com.careerplatform.leveling.selfcheck;

import com.careerplatform.kit.idempotency.Idempotency;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/** Employees assess themselves against their framework's checklist; they and their managers read it back. */
@Path("/api/v1/self-assessments")
@Tag(name = "Self-assessments", description = "The framework's checklist, answered by employees for themselves")
@Produces(MediaType.APPLICATION_JSON)
public class SelfAssessmentResource {

    private static final String EXAMPLE = """
            {"takenOn": "2026-12-01", "answers": [{"item": 1, "checked": true}, {"item": 2, "checked": false,
              "note": "Ask Mark for the L6 expectations"}, {"item": 3, "checked": true}, {"item": 4, "checked": false},
              {"item": 5, "checked": false}, {"item": 6, "checked": true}, {"item": 7, "checked": false},
              {"item": 8, "checked": true}, {"item": 9, "checked": true}, {"item": 10, "checked": false},
              {"item": 11, "checked": false}, {"item": 12, "checked": false}]}
            """;

    private final SelfAssessments assessments;
    private final SecurityIdentity identity;

    SelfAssessmentResource(SelfAssessments assessments, SecurityIdentity identity) {
        this.assessments = assessments;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Record your own self-assessment against your framework's current checklist")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "twelve answers", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names it. A replay with the same Idempotency-Key"
            + " and body answers the first response again (Idempotency-Replayed: true)",
            content = @Content(schema = @Schema(implementation = SelfAssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Not one answer per item, an item out of range, a day after today",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "The caller is no active person of the people record",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The framework has no checklist, or the Idempotency-Key is still being processed",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Body is not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response record(@HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull @Valid SelfAssessmentRequest request, UriInfo uri) {
        return assessments.record(request, idempotencyKey, identity, uri.getAbsolutePathBuilder().path("/").build());
    }

    @GET
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "List your self-assessments, or a report's (their manager), newest first")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "Bad page or size", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "The caller's token names no employee", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Someone neither the caller nor a report of the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PageView<SelfAssessmentView> list(
            @Parameter(description = "Whose (default: the caller's own)") @QueryParam("employeeId") @Size(max = 64) String employeeId,
            @Valid @BeanParam PageParams page) {
        return assessments.list(employeeId, page, identity);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Read one self-assessment: your own, or a report's")
    @APIResponse(responseCode = "200", description = "The self-assessment with each item's text",
            content = @Content(schema = @Schema(implementation = SelfAssessmentView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown, or neither the caller's nor a report's",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public SelfAssessmentView read(@PathParam("id") UUID id) {
        return assessments.find(id, identity);
    }
}
