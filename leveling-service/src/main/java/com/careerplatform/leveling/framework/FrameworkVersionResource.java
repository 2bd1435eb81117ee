package com.careerplatform.leveling.framework;

import com.careerplatform.kit.idempotency.Idempotency;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.security.Roles;
import com.careerplatform.leveling.framework.content.FrameworkContent;
import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The versions of a framework: list and read them; hr-admin edits drafts, publishes, starts new drafts. */
@Path("/api/v1/frameworks/{slug}/versions")
@Tag(name = "Framework versions", description = "Drafts and published versions of a framework")
@Produces(MediaType.APPLICATION_JSON)
public class FrameworkVersionResource {

    private final FrameworkReader reader;
    private final FrameworkEditor editor;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    FrameworkVersionResource(FrameworkReader reader, FrameworkEditor editor, SecurityIdentity identity, Idempotency idempotency) {
        this.idempotency = idempotency;
        this.reader = reader;
        this.editor = editor;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "List the versions of a framework (drafts only for hr-admin)")
    @APIResponse(responseCode = "200", description = "One page of versions, oldest first, without content")
    @APIResponse(responseCode = "400", description = "Bad page or size, or slug over 100 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown framework", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PageView<VersionView> list(@PathParam("slug") @Size(max = 100) String slug, @Valid @BeanParam PageParams page) {
        return reader.versions(slug, mayReadDrafts(), page);
    }

    @GET
    @Path("/{number}")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Read one version with its whole content (a draft only for hr-admin)")
    @APIResponse(responseCode = "200", description = "The version; ETag is what If-Match must name to edit or publish it",
            content = @Content(schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "400", description = "number is not a number from 1 to 100000, or slug over 100 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such version the caller can see", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response read(@PathParam("slug") @Size(max = 100) String slug,
            @PathParam("number") @Min(1) @Max(100_000) int number) {
        FrameworkVersion version = reader.version(slug, number, mayReadDrafts());
        return Response.ok(VersionView.full(version)).tag(new EntityTag(version.etag())).build();
    }

    @PUT
    @Path("/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Replace the content of a draft (hr-admin; If-Match required)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "one more bullet", value = Examples.DRAFT_CONTENT)))
    @APIResponse(responseCode = "200", description = "The edited draft with its new ETag",
            content = @Content(schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid content; errors lists each rejected field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The version is published and immutable", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "If-Match names an older revision", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Body is not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response edit(@PathParam("slug") @Size(max = 100) String slug,
            @PathParam("number") @Min(1) @Max(100_000) int number,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 200) String ifMatch, @NotNull @Valid FrameworkContent content) {
        FrameworkVersion version = editor.edit(slug, number, ifMatch, content, identity.getPrincipal().getName());
        return Response.ok(VersionView.full(version)).tag(new EntityTag(version.etag())).build();
    }

    @POST
    @Path("/{number}/publish")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Publish a draft: it becomes immutable and the current version (hr-admin; If-Match required)")
    @APIResponse(responseCode = "200", description = "The published version",
            content = @Content(schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "400", description = "number is not a number from 1 to 100000, or slug or If-Match too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Already published", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "If-Match names an older revision", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response publish(@PathParam("slug") @Size(max = 100) String slug,
            @PathParam("number") @Min(1) @Max(100_000) int number,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 200) String ifMatch) {
        FrameworkVersion version = editor.publish(slug, number, ifMatch, identity.getPrincipal().getName());
        return Response.ok(VersionView.summary(version)).tag(new EntityTag(version.etag())).build();
    }

    @POST
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Start the next draft as a copy of the current published version (hr-admin)")
    @APIResponse(responseCode = "201", description = "The new draft; Location names it",
            content = @Content(schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "400", description = "slug over 100 characters", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown framework, or nothing published to copy",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "A draft is open already, or the framework has reached version 100000",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response startDraft(@PathParam("slug") @Size(max = 100) String slug, @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            UriInfo uri) {
        return idempotency.execute(idempotencyKey, slug, () -> {
            FrameworkVersion draft = editor.startDraft(slug, identity.getPrincipal().getName());
            return Idempotency.Outcome.created(uri.getAbsolutePathBuilder().path(String.valueOf(draft.number)).build(),
                    VersionView.full(draft)).withEtag(draft.etag());
        });
    }

    private boolean mayReadDrafts() {
        return identity.hasRole(Roles.HR_ADMIN);
    }
}
