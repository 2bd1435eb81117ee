package com.careerplatform.leveling.framework;

import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published frameworks and levels, as internal portals read them: cacheable, with ETags. */
@Path("/api/v1/frameworks")
@Tag(name = "Frameworks", description = "Published leveling frameworks and their levels")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
public class FrameworkResource {

    private static final CacheControl CACHE = cacheControl();

    private final FrameworkReader reader;

    FrameworkResource(FrameworkReader reader) {
        this.reader = reader;
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Read a published framework version (current unless ?version is given)")
    @APIResponse(responseCode = "200", description = "The framework with its axes and level summaries",
            content = @Content(schema = @Schema(implementation = FrameworkView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown framework or version; the detail lists the known ones",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response framework(@PathParam("slug") String slug, @QueryParam("version") @Min(1) Integer version,
            Request request) {
        FrameworkView view = reader.framework(slug, version);
        return cached(request, new EntityTag(view.slug() + ".v" + view.version()), view);
    }

    @GET
    @Path("/{slug}/levels")
    @Operation(summary = "Read every level of a published framework version")
    @APIResponse(responseCode = "200", description = "The levels in order, L3 first",
            content = @Content(schema = @Schema(implementation = LevelView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown framework or version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response levels(@PathParam("slug") String slug, @QueryParam("version") @Min(1) Integer version,
            Request request) {
        List<LevelView> levels = reader.levels(slug, version);
        String tag = levels.isEmpty() ? slug : levels.get(0).framework() + ".v" + levels.get(0).version() + ".levels";
        return cached(request, new EntityTag(tag), levels);
    }

    @GET
    @Path("/{slug}/levels/{code}")
    @Operation(summary = "Read one level of a published framework version: expectations, must-dos, don'ts, proof points, …")
    @APIResponse(responseCode = "200", description = "The level",
            content = @Content(schema = @Schema(implementation = LevelView.class),
                    examples = @ExampleObject(name = "L5", value = Examples.LEVEL_L5)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown framework, version or level; the detail lists the known ones",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "unknown level", value = Examples.UNKNOWN_LEVEL)))
    public Response level(@PathParam("slug") String slug,
            @Parameter(description = "Level code, case-insensitive", example = "L5") @PathParam("code") String code,
            @QueryParam("version") @Min(1) Integer version, Request request) {
        LevelView view = reader.level(slug, code, version);
        return cached(request, new EntityTag(view.framework() + ".v" + view.version() + "." + view.code()), view);
    }

    private static Response cached(Request request, EntityTag tag, Object body) {
        // A published version never changes, so its identity is a strong validator of the representation.
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(CACHE).tag(tag).build();
        }
        return Response.ok(body).tag(tag).cacheControl(CACHE).build();
    }

    private static CacheControl cacheControl() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(60);
        return cache;
    }
}
