package com.careerplatform.leveling.ladder;

import com.careerplatform.kit.caching.ConditionalGet;
import com.careerplatform.kit.idempotency.Idempotency;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.security.Roles;
import com.careerplatform.leveling.ladder.LadderRequests.CreateLadderRequest;
import com.careerplatform.leveling.ladder.LadderRequests.EdgeRequest;
import com.careerplatform.leveling.ladder.LadderViews.LadderView;
import com.careerplatform.leveling.ladder.LadderViews.TranslationView;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The cross-company level map: every platform member reads and translates; hr-admin adds. */
@Path("/api/v1/company-ladders")
@Tag(name = "Company ladders", description = "Other companies' level labels mapped to the internal levels")
@Produces(MediaType.APPLICATION_JSON)
public class LadderResource {

    private final LadderService ladders;
    private final Idempotency idempotency;
    private final ObjectMapper mapper;
    private final SecurityIdentity identity;

    LadderResource(LadderService ladders, SecurityIdentity identity, Idempotency idempotency, ObjectMapper mapper) {
        this.idempotency = idempotency;
        this.mapper = mapper;
        this.ladders = ladders;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "List the company ladders with their labels and mapping edges")
    @APIResponse(responseCode = "200", description = "One page of ladders, in the order they were added; ETag and a minute's private caching")
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    @APIResponse(responseCode = "400", description = "Bad page or size", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RestResponse<PageView<LadderView>> list(@Valid @BeanParam PageParams page,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 2000) String ifNoneMatch) {
        return ConditionalGet.answer(ifNoneMatch, mapper, ladders.list(page));
    }

    @GET
    @Path("/translate")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Translate a company's label to the internal level and to every other company's labels")
    @APIResponse(responseCode = "200", description = "The internal level and the equivalents",
            content = @Content(schema = @Schema(implementation = TranslationView.class),
                    examples = @ExampleObject(name = "OpenAI E5", value = Examples.TRANSLATION)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    @APIResponse(responseCode = "400", description = "company or label missing or too long", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown company or label; the detail lists the known ones",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RestResponse<TranslationView> translate(@QueryParam("company") @NotBlank @Size(max = 100) String company,
            @QueryParam("label") @NotBlank @Size(max = 100) String label,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 2000) String ifNoneMatch) {
        return ConditionalGet.answer(ifNoneMatch, mapper, ladders.translate(company, label));
    }

    @GET
    @Path("/{code}")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Read one company ladder")
    @APIResponse(responseCode = "200", description = "The ladder; ETag and a minute's private caching",
            content = @Content(schema = @Schema(implementation = LadderView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    @APIResponse(responseCode = "400", description = "code over 100 characters", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown company; the detail lists the known ones",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RestResponse<LadderView> find(@PathParam("code") @Size(max = 100) String code,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 2000) String ifNoneMatch) {
        return ConditionalGet.answer(ifNoneMatch, mapper, ladders.find(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Add a company ladder with its mapping edges (hr-admin)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Google", value = Examples.CREATE_LADDER)))
    @APIResponse(responseCode = "201", description = "Created; Location names the ladder",
            content = @Content(schema = @Schema(implementation = LadderView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or a level that is not an internal level",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Code taken, one label mapped twice by one source, or 200 ladders exist",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Body is not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(@HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull @Valid CreateLadderRequest request, UriInfo uri) {
        return idempotency.execute(idempotencyKey, request, () -> {
            LadderView created = ladders.create(request, identity.getPrincipal().getName());
            return Idempotency.Outcome.created(uri.getAbsolutePathBuilder().path(created.code()).build(), created);
        });
    }

    @POST
    @Path("/{code}/edges")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Add a mapping edge to a company ladder, e.g. the organisation's own reading (hr-admin)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "own reading", value = """
            {"label": "E6", "level": "L6", "source": "2026 calibration with HR", "confidence": "MEDIUM"}
            """)))
    @APIResponse(responseCode = "201", description = "Added; the ladder with all its edges",
            content = @Content(schema = @Schema(implementation = LadderView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or a level that is not an internal level",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown company", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "This source maps the label already, or the ladder has 50 edges",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response addEdge(@PathParam("code") @Size(max = 100) String code, @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull @Valid EdgeRequest request) {
        return idempotency.execute(idempotencyKey, request, () ->
                new Idempotency.Outcome(201, ladders.addEdge(code, request, identity.getPrincipal().getName()), null));
    }
}
