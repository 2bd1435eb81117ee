package com.careerplatform.promotion.events;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The people record's promotions, called as the promotion-relay service account (role platform-service). */
@RegisterRestClient(configKey = "leveling")
@OidcClientFilter
@Path("/api/v1/people")
interface PromotionsApi {

    @POST
    @Path("/{employeeId}/promotions")
    @Consumes(MediaType.APPLICATION_JSON)
    Response promote(@PathParam("employeeId") String employeeId, Promotion promotion);

    /** Our own copy of leveling-service's request: the packet id makes a redelivery change nothing. */
    record Promotion(UUID packetId, UUID eventId, String frameworkSlug, String fromLevel, String toLevel,
            LocalDate effectiveFrom) {
    }
}
