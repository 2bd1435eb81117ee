package com.careerplatform.leveling.interview;

import com.careerplatform.kit.caching.ConditionalGet;
import com.careerplatform.kit.problem.EnumParameter;
import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.security.Roles;
import com.careerplatform.leveling.framework.PublishedVersions;
import com.careerplatform.leveling.framework.content.RoundType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The interview loop of a published framework version, which hiring committees read before they score. */
@Path("/api/v1/frameworks/{slug}/interview-loop")
@Tag(name = "Frameworks")
@Produces(MediaType.APPLICATION_JSON)
public class InterviewLoopResource {

    private final PublishedVersions publishedVersions;

    InterviewLoopResource(PublishedVersions publishedVersions) {
        this.publishedVersions = publishedVersions;
    }

    @GET
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Read the interview loop: its rounds, their typical number, and the banks each round draws on")
    @APIResponse(responseCode = "200", description = "The loop; with ?round only that round and the banks serving it",
            content = @Content(schema = @Schema(implementation = InterviewLoopView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    @APIResponse(responseCode = "400", description = "Unknown round, version not from 1 to 100000, or slug too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown framework or version, or a framework without an interview loop",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RestResponse<InterviewLoopView> loop(@PathParam("slug") @Size(max = 100) String slug,
            @QueryParam("version") @Min(1) @Max(100_000) Integer version,
            @Parameter(description = "A round such as SYSTEM_DESIGN") @QueryParam("round") @Size(max = 100) String round,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 2000) String ifNoneMatch) {
        RoundType only = EnumParameter.parse(RoundType.class, "round", round);
        PublishedVersions.Version published = publishedVersions.of(slug, version);
        InterviewLoopView loop = InterviewLoopView.of(slug, published.number(), published.content())
                .orElseThrow(() -> ProblemException.notFound("Framework " + slug + " version " + published.number()
                        + " describes no interview loop"));
        InterviewLoopView answer = only == null ? loop : loop.forRound(only);
        return ConditionalGet.answer(ifNoneMatch, slug + ".v" + published.number() + ".loop." + only, answer);
    }
}
