package com.careerplatform.comp.leveling;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of leveling-service's API the comp service reads: a framework's current levels; a person's level on a day. */
@RegisterRestClient(configKey = "leveling")
@Path("/api/v1")
interface LevelingApi {

    @GET
    @Path("/people/{employeeId}")
    Person person(@PathParam("employeeId") String employeeId, @QueryParam("asOf") LocalDate asOf,
            @HeaderParam("Authorization") String authorization);

    /** Our own copy of the people record's answer: the framework and the level in force on asOf (null: none). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Person(String employeeId, String framework, String level) {
    }

    @GET
    @Path("/frameworks/{slug}")
    Framework framework(@PathParam("slug") String slug, @HeaderParam("Authorization") String authorization);

    /** Our own small copy of leveling-service's answer: only what we read, the rest ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Framework(String slug, int version, List<Level> levels) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Level(String code) {
    }
}
