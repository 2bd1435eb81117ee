package com.careerplatform.promotion.leveling;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of leveling-service's API the promotion service reads: a framework's levels, in order. */
@RegisterRestClient(configKey = "leveling")
@Path("/api/v1/frameworks")
interface LevelingApi {

    @GET
    @Path("/{slug}/levels")
    List<Level> levels(@PathParam("slug") String slug, @HeaderParam("Authorization") String authorization);

    /** Our own small copy of a level: its code and the staff archetypes the framework names for it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Level(String code, List<Item> archetypes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String text) {
    }
}
