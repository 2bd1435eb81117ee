package com.careerplatform.comp.offer;

import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Offer evaluation for comp and HR admins: yearly total comp and the position in the band. */
@Path("/api/v1/offers")
@Tag(name = "Offers", description = "Evaluate an offer's total comp over four years against its band")
@Produces(MediaType.APPLICATION_JSON)
public class OfferResource {

    private final OfferService offers;

    OfferResource(OfferService offers) {
        this.offers = offers;
    }

    @POST
    @Path("/evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMP_ADMIN, Roles.HR_ADMIN})
    @Operation(summary = "Evaluate an offer: total comp for years 1-4 and the position in the band in force on its date")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "US L5 big tech", value = """
            {"frameworkSlug": "ai-engineer", "level": "L5", "market": "US", "segment": "BIG_TECH", "currency": "USD",
             "offerDate": "2025-06-01", "base": "200000.00", "bonusTargetPercent": "15",
             "signOn": {"amount": "50000.00", "spreadYears": 2},
             "equity": {"type": "RSU", "totalValue": "400000.00", "vestingYears": 4, "cliffMonths": 12, "split": ["5", "15", "40", "40"]},
             "refresh": {"annualValue": "40000.00"}}
            """)))
    @APIResponse(responseCode = "200", description = "The evaluation", content = @Content(schema = @Schema(implementation = OfferEvaluation.class)))
    @APIResponse(responseCode = "400", description = "Invalid offer: amounts, percentages, a split that does not add up to 100,"
            + " unknown enum values, a segment of another market, a level or framework leveling-service does not have",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is neither comp-admin nor hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Body is not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The offer's currency differs from the band's", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "leveling-service cannot confirm the level", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public OfferEvaluation evaluate(@NotNull @Valid OfferRequest offer) {
        return offers.evaluate(offer);
    }
}
