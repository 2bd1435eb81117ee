package com.careerplatform.promotion.leveling;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of leveling-service's API the promotion service reads: a framework's levels, in order; a person's record. */
@RegisterRestClient(configKey = "leveling")
@Path("/api/v1")
interface LevelingApi {

    @GET
    @Path("/people/{employeeId}")
    Person person(@PathParam("employeeId") String employeeId, @HeaderParam("Authorization") String authorization);

    /** Our own copy of the people record's answer: whom the person reports to, and the level they hold today. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Person(String employeeId, String managerId, String framework, String level) {
    }

    @GET
    @Path("/frameworks/{slug}/levels")
    List<Level> levels(@PathParam("slug") String slug, @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/frameworks/{slug}/levels/{code}")
    LevelDetail level(@PathParam("slug") String slug, @PathParam("code") String code,
            @HeaderParam("Authorization") String authorization);

    /** What readiness reads of a level: the framework's axes, its staff competencies and its promotion bar. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record LevelDetail(String code, List<Axis> axes, List<Item> staffCompetencies, List<Rule> promotionBar) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Axis(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Rule(String code, String description, String section, List<String> kinds, List<String> roles,
            List<String> docStatuses, List<String> competencies, int minimum) {
    }

    @GET
    @Path("/frameworks/{slug}/guides")
    Guides guides(@PathParam("slug") String slug, @HeaderParam("Authorization") String authorization);

    /** The framework's guides, of which readiness reads the evidence hints. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Guides(List<Guide> guides) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Guide(String code, String use, List<Passage> passages) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Passage(String section, String title, String text, List<String> items, String closing,
            List<String> evidenceKinds) {
    }

    /** Our own small copy of a level: its code and the staff archetypes the framework names for it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Level(String code, List<Item> archetypes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String text) {
    }
}
