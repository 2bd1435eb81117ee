package com.careerplatform.comp.leveling;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of leveling-service's API the comp service reads: a framework's current levels. */
@RegisterRestClient(configKey = "leveling")
@Path("/api/v1/frameworks")
interface LevelingApi {

    @GET
    @Path("/{slug}")
    Framework framework(@PathParam("slug") String slug, @HeaderParam("Authorization") String authorization);

    /** Our own small copy of leveling-service's answer: only what we read, the rest ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Framework(String slug, int version, List<Level> levels) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Level(String code) {
    }
}
