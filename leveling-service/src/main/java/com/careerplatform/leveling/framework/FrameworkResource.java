package com.careerplatform.leveling.framework;

import com.careerplatform.kit.caching.ConditionalGet;
import com.careerplatform.kit.idempotency.Idempotency;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.kit.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Frameworks: portals read published content (cacheable, with ETags); hr-admin creates frameworks. */
@Path("/api/v1/frameworks")
@Tag(name = "Frameworks", description = "Leveling frameworks, their published levels, and version diffs")
@Produces(MediaType.APPLICATION_JSON)
public class FrameworkResource {


    private final FrameworkReader reader;
    private final PublishedVersions publishedVersions;
    private final FrameworkEditor editor;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    FrameworkResource(FrameworkReader reader, PublishedVersions publishedVersions, FrameworkEditor editor,
            SecurityIdentity identity, Idempotency idempotency) {
        this.idempotency = idempotency;
        this.reader = reader;
        this.publishedVersions = publishedVersions;
        this.editor = editor;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "List frameworks with their current published version")
    @APIResponse(responseCode = "200", description = "One page of frameworks, by slug")
    @APIResponse(responseCode = "400", description = "Bad page or size", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PageView<FrameworkSummaryView> list(@Valid @BeanParam PageParams page) {
        return reader.frameworks(page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Create a framework with draft version 1 (hr-admin)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "minimal", value = Examples.CREATE)))
    @APIResponse(responseCode = "201", description = "Created; Location names draft version 1, ETag its revision",
            content = @Content(schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid content; errors lists each rejected field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The slug is taken", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Body over 1 MiB", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Body is not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(@HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull @Valid CreateFrameworkRequest request, UriInfo uri) {
        return idempotency.execute(idempotencyKey, request, () -> {
            FrameworkVersion draft = editor.create(request, identity.getPrincipal().getName());
            return Idempotency.Outcome.created(uri.getAbsolutePathBuilder().path(draft.framework.slug).path("versions").path("1").build(),
                    VersionView.full(draft)).withEtag(draft.etag());
        });
    }

    @GET
    @Path("/{slug}")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Read a published framework version (current unless ?version is given), with its tracks")
    @APIResponse(responseCode = "200", description = "The framework with its axes, level summaries and tracks",
            content = @Content(schema = @Schema(implementation = FrameworkView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    @APIResponse(responseCode = "400", description = "version not from 1 to 100000, or slug too long", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown framework or version; the detail lists the known ones",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RestResponse<FrameworkView> framework(@PathParam("slug") @Size(max = 100) String slug,
            @QueryParam("version") @Min(1) @Max(100_000) Integer version,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 2000) String ifNoneMatch) {
        FrameworkView view = reader.frameworkView(slug, version);
        return ConditionalGet.answer(ifNoneMatch, view.slug() + ".v" + view.version(), view);
    }

    @GET
    @Path("/{slug}/levels")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Read every level of a published framework version")
    @APIResponse(responseCode = "200", description = "The levels in order, L3 first",
            content = @Content(schema = @Schema(implementation = LevelView.class, type = SchemaType.ARRAY, maxItems = 30)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    @APIResponse(responseCode = "400", description = "version not from 1 to 100000, or slug too long", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown framework or version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<RestResponse<byte[]>> levels(@PathParam("slug") @Size(max = 100) String slug,
            @QueryParam("version") @Min(1) @Max(100_000) Integer version,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 2000) String ifNoneMatch) {
        return fromPublished(slug, version, published ->
                ConditionalGet.answer(ifNoneMatch, slug + ".v" + published.number() + ".levels", published.levelsJson()));
    }

    @GET
    @Path("/{slug}/levels/{code}")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Read one level of a published framework version: expectations, must-dos, don'ts, proof points, …")
    @APIResponse(responseCode = "200", description = "The level",
            content = @Content(schema = @Schema(implementation = LevelView.class),
                    examples = @ExampleObject(name = "L5", value = Examples.LEVEL_L5)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    @APIResponse(responseCode = "400", description = "version not from 1 to 100000, or slug or code too long", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown framework, version or level; the detail lists the known ones",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "unknown level", value = Examples.UNKNOWN_LEVEL)))
    public Uni<RestResponse<byte[]>> level(@PathParam("slug") @Size(max = 100) String slug,
            @Parameter(description = "Level code, case-insensitive", example = "L5") @PathParam("code") @Size(max = 10) String code,
            @QueryParam("version") @Min(1) @Max(100_000) Integer version,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 2000) String ifNoneMatch) {
        return fromPublished(slug, version, published -> {
            PublishedVersions.Level level = PublishedVersions.level(published, code);
            LevelView view = level.view();
            return ConditionalGet.answer(ifNoneMatch, view.framework() + ".v" + view.version() + "." + view.code(), level.json());
        });
    }

    /**
     * An answer from a published version: on the event loop when the version is in memory (nearly always),
     * else on a worker thread, which may ask the database. Handing every read from memory to a worker thread
     * and its answer back cost two thread wakeups per request.
     */
    private <T> Uni<T> fromPublished(String slug, Integer version, Function<PublishedVersions.Version, T> answer) {
        Optional<PublishedVersions.Version> inMemory = publishedVersions.inMemory(slug, version);
        if (inMemory.isPresent()) {
            return Uni.createFrom().item(() -> answer.apply(inMemory.get()));
        }
        return Uni.createFrom().item(() -> answer.apply(publishedVersions.of(slug, version)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @GET
    @Path("/{slug}/diff")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "What changed from one version to another (drafts only for hr-admin)")
    @APIResponse(responseCode = "200", description = "Axes, levels (fields and bullets) and tracks added, removed, changed",
            content = @Content(schema = @Schema(implementation = FrameworkDiff.class)))
    @APIResponse(responseCode = "400", description = "from or to missing or not from 1 to 100000, or slug too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown framework or a version the caller cannot see",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public FrameworkDiff diff(@PathParam("slug") @Size(max = 100) String slug,
            @QueryParam("from") @NotNull @Min(1) @Max(100_000) Integer from,
            @QueryParam("to") @NotNull @Min(1) @Max(100_000) Integer to) {
        boolean withDrafts = identity.hasRole(Roles.HR_ADMIN);
        if (from.equals(to)) {
            throw new ProblemException(ProblemType.VALIDATION, "from and to name the same version");
        }
        return FrameworkDiff.between(slug, reader.version(slug, from, withDrafts), reader.version(slug, to, withDrafts));
    }

}
