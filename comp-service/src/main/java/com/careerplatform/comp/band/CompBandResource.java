package com.careerplatform.comp.band;

import com.careerplatform.comp.band.CompBandService.Audience;
import com.careerplatform.comp.band.CompBandService.BandFilter;
import com.careerplatform.kit.idempotency.Idempotency;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.EnumParameter;
import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.request.LevelCodeParameter;
import com.careerplatform.kit.security.Roles;
import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * Comp bands. comp-admin and hr-admin read every band; other platform members only bands marked
 * PUBLISHED (pay transparency). Every answer carries {@code Cache-Control: no-store}.
 */
@Path("/api/v1/comp-bands")
@Tag(name = "Comp bands", description = "Effective-dated total-comp bands per level, market and segment")
@Produces(MediaType.APPLICATION_JSON)
public class CompBandResource {

    /** The most characters an imported CSV file may hold: the 1 MiB body limit, as characters. */
    static final int MAX_CSV_CHARS = 1_048_576;

    private final CompBandService bands;
    private final BandChangeService changes;
    private final BandImport imports;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    CompBandResource(CompBandService bands, BandChangeService changes, BandImport imports, SecurityIdentity identity,
            Idempotency idempotency) {
        this.imports = imports;
        this.idempotency = idempotency;
        this.bands = bands;
        this.changes = changes;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "List the bands in force on a date (today unless asOf is given)")
    @APIResponse(responseCode = "200", description = "One page of bands the caller may see")
    @APIResponse(responseCode = "400", description = "Bad filter or paging parameter", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PageView<CompBandView> list(
            @Parameter(description = "Level code, e.g. L5") @QueryParam("level")
            @Size(max = 10) @Pattern(regexp = LevelCodeParameter.PATTERN, message = LevelCodeParameter.MESSAGE) String level,
            @Parameter(description = "KR, US or GLOBAL_REMOTE") @QueryParam("market") @Size(max = 100) String market,
            @Parameter(description = "Company segment, e.g. BIG_TECH") @QueryParam("segment") @Size(max = 100) String segment,
            @Parameter(description = "ISO date; the bands in force on that day") @QueryParam("asOf") LocalDate asOf,
            @Valid @BeanParam PageParams page) {
        BandFilter filter = new BandFilter(LevelCodeParameter.normalized(level), EnumParameter.parse(Market.class, "market", market),
                EnumParameter.parse(Segment.class, "segment", segment), asOf);
        return bands.list(filter, audience(), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Read one band")
    @APIResponse(responseCode = "200", description = "The band", content = @Content(schema = @Schema(implementation = CompBandView.class)))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such band, or not published and the caller is no admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CompBandView find(@PathParam("id") UUID id) {
        return bands.find(id, audience());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMP_ADMIN)
    @Operation(summary = "Create a band (comp-admin)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "US L5 big tech", value = """
            {"frameworkSlug": "ai-engineer", "levelCode": "L5", "market": "US", "segment": "BIG_TECH",
             "currency": "USD", "totalCompMin": "380000.00", "totalCompMax": "550000.00", "openEnded": false,
             "equityNote": "NONE", "visibility": "PUBLISHED", "effectiveFrom": "2026-01-01"}
            """)))
    @APIResponse(responseCode = "201", description = "Created; Location names the band",
            content = @Content(schema = @Schema(implementation = CompBandView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body; errors lists each rejected field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not comp-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Body is not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(@HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull @Valid CreateCompBandRequest request, UriInfo uri) {
        return idempotency.execute(idempotencyKey, request, () -> bands.levelChecked(request), checked -> {
            CompBandView created = bands.create(checked, identity.getPrincipal().getName());
            return Idempotency.Outcome.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created);
        });
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.COMP_ADMIN, Roles.HR_ADMIN})
    @Operation(summary = "Every band in force on a date (today unless asOf is given) as CSV, ready for a spreadsheet")
    @APIResponse(responseCode = "200", description = "A header row naming the columns, then one band a row",
            content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "one band", value = Examples.CSV)))
    @APIResponse(responseCode = "400", description = "asOf is not a date", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is neither comp-admin nor hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public String exportCsv(@QueryParam("asOf") LocalDate asOf) {
        return bands.exportCsv(asOf);
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @RolesAllowed(Roles.COMP_ADMIN)
    @Operation(summary = "Import bands from CSV, all or nothing: new bands, changes of bands that exist, rows equal to a"
            + " version that exists left alone, so that an export imports back (comp-admin; Idempotency-Key honoured)")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "one band", value = Examples.CSV)))
    @APIResponse(responseCode = "201", description = "Every row imported: how many bands are new, changed and unchanged,"
            + " and the ids of the versions written", content = @Content(schema = @Schema(implementation = BandImport.ImportResult.class)))
    @APIResponse(responseCode = "200", description = "Every row equals a version that exists: nothing written",
            content = @Content(schema = @Schema(implementation = BandImport.ImportResult.class)))
    @APIResponse(responseCode = "400", description = "Bad header or rows; errors name each row (the header is row 1) and field,"
            + " in row order, every problem of a row; a row overlapping a band it can neither equal nor change; a file or"
            + " Idempotency-Key over its length; nothing imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not comp-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Body is not text/csv", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another file", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "leveling-service cannot check the levels; nothing imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response importCsv(@HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @Size(max = MAX_CSV_CHARS) String csv) {
        return imports.importCsv(csv, idempotencyKey, identity.getPrincipal().getName());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "The effective-dated versions of a band, newest first (workers: published versions only)")
    @APIResponse(responseCode = "200", description = "One page of the versions the caller may see")
    @APIResponse(responseCode = "400", description = "Bad paging parameter", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such band the caller may see", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PageView<CompBandView> history(@PathParam("id") UUID id, @Valid @BeanParam PageParams page) {
        return changes.history(id, audience() == Audience.ADMIN, page);
    }

    @POST
    @Path("/{id}/changes/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMP_ADMIN)
    @Operation(summary = "Preview a band change: the fields it changes and one page of the comp records it would move out of band,"
            + " by employee id (comp-admin)")
    @RequestBody(content = @Content(schema = @Schema(implementation = BandChange.class),
            examples = @ExampleObject(name = "raise the floor", value = Examples.BAND_CHANGE)))
    @APIResponse(responseCode = "200", description = "The preview: every field the change changes, from and to; nothing is stored",
            content = @Content(schema = @Schema(implementation = BandChangePreview.class)))
    @APIResponse(responseCode = "400", description = "Invalid change or paging parameter", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not comp-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such band", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The change would not start after the latest version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public BandChangePreview preview(@PathParam("id") UUID id, @NotNull JsonNode change, @Valid @BeanParam PageParams page) {
        return changes.preview(id, change, page);
    }

    @POST
    @Path("/{id}/changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMP_ADMIN)
    @Operation(summary = "Change a band from a date: the latest version ends the day before, a new version starts with the"
            + " fields the change names (a JSON Merge Patch, RFC 7396) and the others as they were (comp-admin)")
    @RequestBody(content = @Content(schema = @Schema(implementation = BandChange.class),
            examples = @ExampleObject(name = "raise the floor", value = Examples.BAND_CHANGE)))
    @APIResponse(responseCode = "201", description = "The new version; Location names it",
            content = @Content(schema = @Schema(implementation = CompBandView.class)))
    @APIResponse(responseCode = "400", description = "Invalid change", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not comp-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such band", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The change would not start after the latest version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response change(@PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull JsonNode change, UriInfo uri) {
        return idempotency.execute(idempotencyKey, change, () -> {
            CompBandView next = changes.apply(id, change, identity.getPrincipal().getName());
            return Idempotency.Outcome.created(uri.getBaseUriBuilder().path("api/v1/comp-bands").path(next.id().toString()).build(), next);
        });
    }

    private Audience audience() {
        return identity.hasRole(Roles.COMP_ADMIN) || identity.hasRole(Roles.HR_ADMIN) ? Audience.ADMIN : Audience.WORKER;
    }
}
