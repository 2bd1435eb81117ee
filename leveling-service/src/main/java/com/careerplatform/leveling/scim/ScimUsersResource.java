package com.careerplatform.leveling.scim;

import com.careerplatform.kit.problem.ScimErrors;
import com.careerplatform.kit.security.Roles;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ListResponse;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * SCIM 2.0 {@code /Users} for HR systems (client credentials, hr-admin): the people record as their
 * provisioning connectors expect it. DELETE is not offered: a person who leaves is {@code active: false},
 * and keeps their record and history.
 */
@Path("/scim/v2/Users")
@Tag(name = "SCIM", description = "SCIM 2.0 provisioning of the people record (RFC 7643/7644), for HR systems")
@Produces({ScimErrors.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@RolesAllowed(Roles.HR_ADMIN)
public class ScimUsersResource {

    private static final String SCIM_JSON = ScimErrors.MEDIA_TYPE;
    /** The HTTP body limit (1 MiB): a User is a few hundred characters. */
    private static final int MAX_BODY = 1_048_576;

    private final ScimUsers users;
    private final SecurityIdentity identity;

    ScimUsersResource(ScimUsers users, SecurityIdentity identity) {
        this.users = users;
        this.identity = identity;
    }

    @POST
    @Consumes({SCIM_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "Create a User: a person of the people record (hr-admin)")
    @RequestBody(content = @Content(mediaType = SCIM_JSON, schema = @Schema(type = SchemaType.OBJECT,
            description = "A SCIM User: the attributes GET /scim/v2/Schemas lists"),
            examples = @ExampleObject(name = "dana", value = Examples.USER)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "400", description = "invalidSyntax (not JSON, wrong or missing schemas, an unknown attribute)"
            + " or invalidValue (a wrong type, a missing employeeNumber, a level the framework lacks, an unknown manager)",
            content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "409", description = "uniqueness: the userName, externalId or employeeNumber is taken",
            content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "415", description = "Body is not application/scim+json or application/json",
            content = @Content(mediaType = SCIM_JSON))
    public Response create(@Size(max = MAX_BODY) String body, UriInfo uri) throws ScimException {
        ScimUsers.Answer created = users.create(body, identity.getPrincipal().getName(), uri.getBaseUri());
        return Response.created(created.location()).type(SCIM_JSON).header(HttpHeaders.ETAG, created.version())
                .entity(created.user()).build();
    }

    @GET
    @Operation(summary = "Search Users with a filter (userName eq \"…\", externalId eq \"…\", …), paged by startIndex and count")
    @APIResponse(responseCode = "200", description = "A ListResponse: totalResults, startIndex (from 1), itemsPerPage and"
            + " Resources, by employee number", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "400", description = "invalidFilter: a filter that cannot be parsed, or an attribute or operator"
            + " not supported", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = SCIM_JSON))
    public Response search(
            @Parameter(description = "RFC 7644 filter") @QueryParam("filter") @Size(max = 1000) String filter,
            @Parameter(description = "1-based index of the first result (below 1 counts as 1)", schema = @Schema(
                    type = SchemaType.INTEGER, format = "int32", minimum = "-2147483648", maximum = "2147483647")) @QueryParam("startIndex")
            Integer startIndex,
            @Parameter(description = "Results a page, at most 200 (default 100; below 0 counts as 0, above 200 as 200)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "-2147483648", maximum = "2147483647"))
            @QueryParam("count") Integer count,
            UriInfo uri) throws ScimException {
        ListResponse<?> found = users.search(filter, startIndex, count, uri.getBaseUri());
        return Response.ok(found).type(SCIM_JSON).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a User")
    @APIResponse(responseCode = "200", description = "The User, with its ETag", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "400", description = "id is not a UUID", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "404", description = "No such User", content = @Content(mediaType = SCIM_JSON))
    public Response find(@PathParam("id") UUID id, UriInfo uri) throws ScimException {
        return answer(users.find(id, uri.getBaseUri()));
    }

    @PUT
    @Path("/{id}")
    @Consumes({SCIM_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "Replace a User (If-Match optional); a level left out stays as it is")
    @RequestBody(content = @Content(mediaType = SCIM_JSON, schema = @Schema(type = SchemaType.OBJECT,
            description = "A SCIM User: the attributes GET /scim/v2/Schemas lists"),
            examples = @ExampleObject(name = "dana", value = Examples.USER)))
    @APIResponse(responseCode = "200", description = "The User as replaced", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "400", description = "invalidSyntax, invalidValue, or mutability (employeeNumber changed)",
            content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "404", description = "No such User", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "409", description = "uniqueness: the userName or externalId is taken", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "415", description = "Body is not application/scim+json or application/json",
            content = @Content(mediaType = SCIM_JSON))
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 100) String ifMatch,
            @Size(max = MAX_BODY) String body, UriInfo uri) throws ScimException {
        return answer(users.replace(id, body, ifMatch, identity.getPrincipal().getName(), uri.getBaseUri()));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({SCIM_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change a User with PatchOp operations add, remove, replace (If-Match optional)")
    @RequestBody(content = @Content(mediaType = SCIM_JSON, schema = @Schema(type = SchemaType.OBJECT,
            description = "A PatchOp message (RFC 7644 §3.5.2)"),
            examples = @ExampleObject(name = "new manager", value = Examples.PATCH)))
    @APIResponse(responseCode = "200", description = "The User as changed", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "400", description = "invalidSyntax, invalidPath, noTarget, invalidValue or mutability"
            + " (employeeNumber changed, level removed)", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "404", description = "No such User", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "409", description = "uniqueness: the userName or externalId is taken", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "415", description = "Body is not application/scim+json or application/json",
            content = @Content(mediaType = SCIM_JSON))
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 100) String ifMatch,
            @Size(max = MAX_BODY) String body, UriInfo uri) throws ScimException {
        return answer(users.patch(id, body, ifMatch, identity.getPrincipal().getName(), uri.getBaseUri()));
    }

    private static Response answer(ScimUsers.Answer answer) {
        return Response.ok(answer.user()).type(SCIM_JSON).header(HttpHeaders.ETAG, answer.version())
                .location(answer.location()).build();
    }
}
