package com.careerplatform.promotion.leveling;

import com.careerplatform.kit.security.BearerTokens;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks leveling-service for a framework's levels in order, with the caller's token, a timeout, one retry
 * and a circuit breaker. An answer from leveling-service (even a 404) is not retried.
 */
@ApplicationScoped
public class FrameworkLevels {

    /** A level as the promotion rules need it: its code and whether the framework asks for a staff archetype. */
    public record Level(String code, boolean staffArchetypeRequired) {
    }

    private static final String EVIDENCE_HINTS = "EVIDENCE_HINTS";

    private final LevelingApi api;
    private final SecurityIdentity identity;

    FrameworkLevels(@RestClient LevelingApi api, SecurityIdentity identity) {
        this.api = api;
        this.identity = identity;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = WebApplicationException.class)
    @CircuitBreakerName("leveling-framework-levels")
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = WebApplicationException.class)
    public List<Level> levels(String framework) {
        return api.levels(framework, BearerTokens.authorization(identity)).stream()
                .map(level -> new Level(level.code(), level.archetypes() != null && !level.archetypes().isEmpty()))
                .toList();
    }

    /** What a packet targeting {@code level} must show, as the framework states it. */
    public record Requirements(String level, List<String> axes, boolean staffCompetencies, List<BarRule> bar) {
    }

    /** At least {@code minimum} pieces of evidence matching every non-empty filter. */
    public record BarRule(String code, String description, String section, List<String> kinds, List<String> roles,
            List<String> docStatuses, List<String> competencies, int minimum) {
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = WebApplicationException.class)
    @CircuitBreakerName("leveling-level-requirements")
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = WebApplicationException.class)
    public Requirements requirements(String framework, String level) {
        LevelingApi.LevelDetail detail = api.level(framework, level, BearerTokens.authorization(identity));
        return new Requirements(detail.code(), detail.axes().stream().map(LevelingApi.Axis::code).toList(),
                detail.staffCompetencies() != null && !detail.staffCompetencies().isEmpty(),
                detail.promotionBar() == null ? List.of() : detail.promotionBar().stream()
                        .map(rule -> new BarRule(rule.code(), rule.description(), rule.section(), orEmpty(rule.kinds()),
                                orEmpty(rule.roles()), orEmpty(rule.docStatuses()), orEmpty(rule.competencies()), rule.minimum()))
                        .toList());
    }

    /** A passage of the framework's evidence hints, and the evidence kinds it speaks to. */
    public record EvidenceHint(String section, String title, String text, List<String> items, String closing,
            List<String> evidenceKinds) {
    }

    /**
     * The passages of the framework's EVIDENCE_HINTS guides that name evidence kinds; none when the framework
     * has no guides (leveling-service answers 404 for a framework it does not know).
     */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = WebApplicationException.class)
    @CircuitBreakerName("leveling-evidence-hints")
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = WebApplicationException.class)
    public List<EvidenceHint> evidenceHints(String framework) {
        LevelingApi.Guides guides;
        try {
            guides = api.guides(framework, BearerTokens.authorization(identity));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return List.of();
            }
            throw e;
        }
        return orEmpty(guides.guides()).stream()
                .filter(guide -> EVIDENCE_HINTS.equals(guide.use()))
                .flatMap(guide -> orEmpty(guide.passages()).stream())
                .filter(passage -> !orEmpty(passage.evidenceKinds()).isEmpty())
                .map(passage -> new EvidenceHint(passage.section(), passage.title(), passage.text(),
                        orEmpty(passage.items()), passage.closing(), passage.evidenceKinds()))
                .toList();
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

}
