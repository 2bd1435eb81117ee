package com.careerplatform.leveling.guide;

import com.careerplatform.kit.caching.ConditionalGet;
import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.security.Roles;
import com.careerplatform.leveling.framework.PublishedVersions;
import com.careerplatform.leveling.framework.content.Guide;
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

/** The guides of a published framework version, readable by every employee. */
@Path("/api/v1/frameworks/{slug}/guides")
@Tag(name = "Frameworks")
@Produces(MediaType.APPLICATION_JSON)
public class GuideResource {

    private final PublishedVersions publishedVersions;

    GuideResource(PublishedVersions publishedVersions) {
        this.publishedVersions = publishedVersions;
    }

    @GET
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Read every guide of a framework: pay, negotiation, remote work, the next decade, pacing, the"
            + " self-assessment checklist, coaching notes and evidence hints")
    @APIResponse(responseCode = "200", description = "The guides in the source's order",
            content = @Content(schema = @Schema(implementation = GuidesView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    @APIResponse(responseCode = "400", description = "version not from 1 to 100000, or slug too long", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown framework or version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RestResponse<GuidesView> guides(@PathParam("slug") @Size(max = 100) String slug,
            @QueryParam("version") @Min(1) @Max(100_000) Integer version,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 2000) String ifNoneMatch) {
        PublishedVersions.Version published = publishedVersions.of(slug, version);
        return ConditionalGet.answer(ifNoneMatch, slug + ".v" + published.number() + ".guides",
                new GuidesView(slug, published.number(), published.content().guides()));
    }

    @GET
    @Path("/{code}")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Read one guide of a framework")
    @APIResponse(responseCode = "200", description = "The guide", content = @Content(schema = @Schema(implementation = GuideView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    @APIResponse(responseCode = "400", description = "version not from 1 to 100000, or slug or code too long", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown framework, version or guide; the detail lists the guides",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RestResponse<GuideView> guide(@PathParam("slug") @Size(max = 100) String slug,
            @Parameter(description = "Guide code, case-insensitive", example = "COMPENSATION") @PathParam("code") @Size(max = 64) String code,
            @QueryParam("version") @Min(1) @Max(100_000) Integer version,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 2000) String ifNoneMatch) {
        PublishedVersions.Version published = publishedVersions.of(slug, version);
        Guide guide = published.content().guide(code).orElseThrow(() -> ProblemException.notFound("Framework " + slug
                + " version " + published.number() + " has no guide '" + code + "'; its guides are "
                + published.content().guides().stream().map(Guide::code).toList()));
        return ConditionalGet.answer(ifNoneMatch, slug + ".v" + published.number() + ".guide." + guide.code(),
                GuideView.of(slug, published.number(), guide));
    }
}
