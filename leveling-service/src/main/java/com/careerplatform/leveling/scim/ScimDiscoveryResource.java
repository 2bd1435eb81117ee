package com.careerplatform.leveling.scim;

import com.careerplatform.kit.problem.ScimErrors;
import com.careerplatform.kit.security.Roles;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.types.AuthenticationScheme;
import com.unboundid.scim2.common.types.BulkConfig;
import com.unboundid.scim2.common.types.ChangePasswordConfig;
import com.unboundid.scim2.common.types.ETagConfig;
import com.unboundid.scim2.common.types.FilterConfig;
import com.unboundid.scim2.common.types.PatchConfig;
import com.unboundid.scim2.common.types.ResourceTypeResource;
import com.unboundid.scim2.common.types.SchemaResource;
import com.unboundid.scim2.common.types.ServiceProviderConfigResource;
import com.unboundid.scim2.common.types.SortConfig;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a SCIM client asks first (RFC 7644 §4): what this service supports, its resource type, its schemas. */
@Path("/scim/v2")
@Tag(name = "SCIM")
@Produces({ScimErrors.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@RolesAllowed(Roles.HR_ADMIN)
public class ScimDiscoveryResource {

    private static final String SCIM_JSON = ScimErrors.MEDIA_TYPE;

    private static final ServiceProviderConfigResource CONFIG = new ServiceProviderConfigResource(null,
            new PatchConfig(true), new BulkConfig(false, 0, 0), new FilterConfig(true, ScimUsers.MAX_COUNT),
            new ChangePasswordConfig(false), new SortConfig(false), new ETagConfig(true),
            List.of(new AuthenticationScheme("OAuth Bearer Token", "OAuth 2.0 client credentials from the realm career:"
                    + " a token of a client with the hr-admin role", URI.create("https://www.rfc-editor.org/rfc/rfc6750"),
                    null, "oauthbearertoken", true)));

    private static final ResourceTypeResource USER = new ResourceTypeResource("User", "User",
            "A person of the people record", URI.create("/Users"), URI.create(ScimSchemas.CORE_USER),
            List.of(new ResourceTypeResource.SchemaExtension(URI.create(ScimSchemas.ENTERPRISE_USER), true),
                    new ResourceTypeResource.SchemaExtension(URI.create(ScimSchemas.CAREER_USER), false)));

    @GET
    @Path("/ServiceProviderConfig")
    @Operation(summary = "What this SCIM service supports: PATCH, filters (at most 200 results a page), ETags; no bulk, sort or passwords")
    @APIResponse(responseCode = "200", description = "The ServiceProviderConfig", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = SCIM_JSON))
    public Response serviceProviderConfig() {
        return scim(CONFIG);
    }

    @GET
    @Path("/ResourceTypes")
    @Operation(summary = "The resource types: User, with the enterprise (required) and career extensions")
    @APIResponse(responseCode = "200", description = "A ListResponse of the resource types", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = SCIM_JSON))
    public Response resourceTypes() {
        return scim(new ListResponse<>(List.of(USER)));
    }

    @GET
    @Path("/ResourceTypes/{name}")
    @Operation(summary = "One resource type (User)")
    @APIResponse(responseCode = "200", description = "The resource type", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "404", description = "No such resource type", content = @Content(mediaType = SCIM_JSON))
    public Response resourceType(@PathParam("name") @Size(max = 100) String name) throws ResourceNotFoundException {
        if (!USER.getName().equalsIgnoreCase(name)) {
            throw new ResourceNotFoundException("No resource type " + name + "; there is User");
        }
        return scim(USER);
    }

    @GET
    @Path("/Schemas")
    @Operation(summary = "The schemas of a User: every attribute this service keeps, with its type and mutability")
    @APIResponse(responseCode = "200", description = "A ListResponse of the three schemas", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = SCIM_JSON))
    public Response schemas() {
        return scim(new ListResponse<>(List.of(ScimSchemas.CORE, ScimSchemas.ENTERPRISE, ScimSchemas.CAREER)));
    }

    @GET
    @Path("/Schemas/{urn}")
    @Operation(summary = "One schema, by its URN")
    @APIResponse(responseCode = "200", description = "The schema", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = SCIM_JSON))
    @APIResponse(responseCode = "404", description = "No such schema", content = @Content(mediaType = SCIM_JSON))
    public Response schema(@PathParam("urn") @Size(max = 200) String urn) throws ResourceNotFoundException {
        SchemaResource schema = ScimSchemas.BY_URN.get(urn.toLowerCase(Locale.ROOT));
        if (schema == null) {
            throw new ResourceNotFoundException("No schema " + urn + "; there are " + ScimSchemas.USER_SCHEMAS);
        }
        return scim(schema);
    }

    private static Response scim(Object body) {
        return Response.ok(body).type(SCIM_JSON).build();
    }
}
