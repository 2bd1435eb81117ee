package com.careerplatform.leveling.events;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** comp-service's adjustment proposals, called as the leveling-relay service account. */
@RegisterRestClient(configKey = "comp")
@OidcClientFilter
@Path("/api/v1/adjustment-proposals")
interface CompApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response propose(Proposal proposal);

    /** Our own copy of comp-service's request: {@code sourceEventId} makes a redelivery create nothing. */
    record Proposal(String employeeId, String newLevel, LocalDate effectiveFrom, String sourceEventId) {
    }
}
