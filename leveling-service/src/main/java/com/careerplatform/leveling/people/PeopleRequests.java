package com.careerplatform.leveling.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** What HR and the platform's services send to change a person's level. */
public final class PeopleRequests {

    static final String LEVEL = "L[0-9]{1,2}";
    static final String LEVEL_MESSAGE = "must be a level code such as L5";
    static final String SLUG = "[a-z0-9][a-z0-9-]{0,63}";
    static final String SLUG_MESSAGE = "must be a framework slug such as ai-engineer";

    private PeopleRequests() {
    }

    /**
     * The HR system's word that a candidate was hired as this person: the first level comes from the
     * candidate's finalized leveling decision ({@code decisionId} only when the candidate has several).
     */
    public record HireRequest(
            @NotBlank @Size(max = 100) String candidateId,
            UUID decisionId,
            @NotNull LocalDate startDate) {
    }

    /** hr-admin puts a wrong level right from a day on, saying why. */
    public record CorrectionRequest(
            @NotBlank @Size(max = 10) @Pattern(regexp = LEVEL, message = LEVEL_MESSAGE) String level,
            @NotNull LocalDate effectiveFrom,
            @NotBlank @Size(max = 2000) String note) {
    }

    /** promotion-service's relay carrying a PROMOTED decision of a packet (its {@code promotion.decided} event). */
    public record PromotionRequest(
            @NotNull UUID packetId,
            @NotNull UUID eventId,
            @NotBlank @Size(max = 64) @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String frameworkSlug,
            @NotBlank @Size(max = 10) @Pattern(regexp = LEVEL, message = LEVEL_MESSAGE) String fromLevel,
            @NotBlank @Size(max = 10) @Pattern(regexp = LEVEL, message = LEVEL_MESSAGE) String toLevel,
            @NotNull LocalDate effectiveFrom) {
    }
}
