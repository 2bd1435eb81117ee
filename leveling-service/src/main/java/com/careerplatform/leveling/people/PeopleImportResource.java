package com.careerplatform.leveling.people;

import com.careerplatform.kit.idempotency.Idempotency;
import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A first load of people from the HR system, as JSON or CSV, all or nothing. */
@Path("/api/v1/people/import")
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleImportResource {

    /** A CSV body's limit, as the HTTP body limit (1 MiB): about 7,000 rows of typical width. */
    static final int MAX_CSV_CHARS = 1_048_576;

    private final PeopleImport imports;
    private final SecurityIdentity identity;

    PeopleImportResource(PeopleImport imports, SecurityIdentity identity) {
        this.imports = imports;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Import up to 5,000 people as JSON, all or nothing; the same file again changes nothing (hr-admin)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two people", value = Examples.IMPORT)))
    @APIResponse(responseCode = "200", description = "Imported: how many rows, how many people created and how many"
            + " were on record as the file says. A replay with the same Idempotency-Key and body answers it again",
            content = @Content(schema = @Schema(implementation = PeopleImport.ImportResult.class)))
    @APIResponse(responseCode = "400", description = "Every problem of every row (people[i].field), and nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The same Idempotency-Key is still being processed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Body over 1 MiB", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Body is neither JSON nor CSV", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response importJson(@HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull @Valid ImportRequest request) {
        return imports.importJson(request.people(), idempotencyKey, identity.getPrincipal().getName());
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Import up to 5,000 people as CSV (header row: the JSON fields), all or nothing (hr-admin)")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "two people", value = Examples.IMPORT_CSV)))
    @APIResponse(responseCode = "200", description = "Imported, as for JSON",
            content = @Content(schema = @Schema(implementation = PeopleImport.ImportResult.class)))
    @APIResponse(responseCode = "400", description = "Every problem of every row (row n.column; the header is row 1), and"
            + " nothing was written", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The same Idempotency-Key is still being processed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Body over 1 MiB", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Body is neither JSON nor CSV", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response importCsv(@HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @Size(max = MAX_CSV_CHARS) String csv) {
        return imports.importCsv(csv, idempotencyKey, identity.getPrincipal().getName());
    }
}
