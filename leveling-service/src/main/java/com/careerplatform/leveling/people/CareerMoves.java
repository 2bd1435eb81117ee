package com.careerplatform.leveling.people;

import com.careerplatform.kit.idempotency.Idempotency;
import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.leveling.decision.DecisionStatus;
import com.careerplatform.leveling.decision.LevelingDecision;
import com.careerplatform.leveling.framework.PublishedVersions;
import com.careerplatform.leveling.people.PeopleRequests.CorrectionRequest;
import com.careerplatform.leveling.people.PeopleRequests.HireRequest;
import com.careerplatform.leveling.people.PeopleRequests.PromotionRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The ways a level moves besides HR's own data: a hire takes the level of the candidate's finalized
 * leveling decision, a decided promotion moves the person one level up, and hr-admin corrects a level.
 * Each answers the history entry it added and whether it is new: a hire or promotion that arrives again
 * answers the entry it made the first time and changes nothing.
 */
@ApplicationScoped
public class CareerMoves {

    /** A history entry and whether this call added it. */
    public record Moved(LevelChangeView change, boolean created) {
    }

    private final LevelChanges levels;
    private final CareerFields career;
    private final Idempotency idempotency;

    CareerMoves(LevelChanges levels, CareerFields career, Idempotency idempotency) {
        this.levels = levels;
        this.career = career;
        this.idempotency = idempotency;
    }

    @Transactional
    public Moved hire(String employeeId, HireRequest request, String actor) {
        Person person = Person.lockedByEmployeeId(employeeId).orElseThrow(() -> PeopleAccess.unknown(employeeId));
        String candidate = request.candidateId().strip();
        Optional<LevelChange> hired = LevelChange.find("employeeId = ?1 and reason = ?2", employeeId, LevelChangeReason.HIRED)
                .firstResultOptional();
        if (hired.isPresent() && candidate.equals(person.candidateId)) {
            return new Moved(LevelChangeView.of(hired.get()), false);
        }
        if (person.candidateId != null || hired.isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, employeeId + " was hired already, as candidate "
                    + person.candidateId);
        }
        if (LevelChange.countOf(employeeId) > 0) {
            throw new ProblemException(ProblemType.CONFLICT, employeeId + " holds a level already; a hire sets the"
                    + " first one. Correct the level instead (POST /api/v1/people/" + employeeId + "/level-corrections)");
        }
        Person.<Person>find("candidateId", candidate).firstResultOptional().ifPresent(other -> {
            throw new ProblemException(ProblemType.CONFLICT, "Candidate " + candidate + " was hired as " + other.employeeId);
        });
        LevelingDecision decision = decisionToHireFrom(candidate, request);
        person.candidateId = candidate;
        LevelChange change = levels.record(person, new LevelChanges.Change(decision.finalLevel, decision.frameworkSlug,
                decision.frameworkVersion, request.startDate(), LevelChangeReason.HIRED, decision.id.toString(), null,
                null), actor);
        return new Moved(LevelChangeView.of(change), true);
    }

    @Transactional
    public Moved promote(String employeeId, PromotionRequest request, String actor) {
        Optional<LevelChange> done = LevelChange.promotionFrom(request.packetId().toString());
        if (done.isPresent()) {
            if (!done.get().employeeId.equals(employeeId)) {
                throw new ProblemException(ProblemType.CONFLICT, "Packet " + request.packetId() + " promoted "
                        + done.get().employeeId + ", not " + employeeId);
            }
            return new Moved(LevelChangeView.of(done.get()), false);
        }
        Person person = Person.lockedByEmployeeId(employeeId).orElseThrow(() -> PeopleAccess.unknown(employeeId));
        if (!request.frameworkSlug().equals(person.frameworkSlug)) {
            throw new ProblemException(ProblemType.CONFLICT, employeeId + " is leveled in " + person.frameworkSlug
                    + ", not " + request.frameworkSlug());
        }
        String recorded = LevelChange.inForce(employeeId, request.effectiveFrom()).map(change -> change.level).orElse(null);
        if (!request.fromLevel().equals(recorded)) {
            throw new ProblemException(ProblemType.CONFLICT, "The people record has " + employeeId + " at " + recorded
                    + " on " + request.effectiveFrom() + ", not " + request.fromLevel() + ": the packet was drafted"
                    + " against another level");
        }
        PublishedVersions.Version version = career.requireLevel(person.frameworkSlug, request.toLevel(), "toLevel");
        LevelChange change = levels.record(person, new LevelChanges.Change(request.toLevel(), person.frameworkSlug,
                version.number(), request.effectiveFrom(), LevelChangeReason.PROMOTED, request.packetId().toString(),
                request.eventId(), null), actor);
        return new Moved(LevelChangeView.of(change), true);
    }

    /** Records a correction once per Idempotency-Key; answers 201 with the CORRECTED entry. */
    @Transactional
    public Response correct(String employeeId, CorrectionRequest request, String idempotencyKey, String actor, URI history) {
        return idempotency.execute(idempotencyKey, List.of(employeeId, request), () -> {
            Person person = Person.lockedByEmployeeId(employeeId).orElseThrow(() -> PeopleAccess.unknown(employeeId));
            String framework = career.frameworkOf(person);
            PublishedVersions.Version version = career.requireLevel(framework, request.level(), "level");
            LevelChange change = levels.record(person, new LevelChanges.Change(request.level(), framework, version.number(),
                    request.effectiveFrom(), LevelChangeReason.CORRECTED, null, null, request.note()), actor);
            return new Idempotency.Outcome(201, LevelChangeView.of(change), history);
        });
    }

    /** The candidate's final decision that no later one corrects: the one named, or the only one. */
    private static LevelingDecision decisionToHireFrom(String candidate, HireRequest request) {
        List<LevelingDecision> standing = LevelingDecision.<LevelingDecision>find("from LevelingDecision d"
                + " where d.candidateId = ?1 and d.status = ?2"
                + " and not exists (from LevelingDecision c where c.supersedes = d.id) order by d.finalizedAt",
                candidate, DecisionStatus.FINAL).list();
        if (request.decisionId() != null) {
            return standing.stream().filter(decision -> decision.id.equals(request.decisionId())).findFirst()
                    .orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE, "Decision " + request.decisionId()
                            + " is no final, uncorrected leveling decision of candidate " + candidate
                            + "; those are " + standing.stream().map(decision -> decision.id).toList(),
                            List.of(new FieldError("decisionId", "names no standing decision of the candidate"))));
        }
        if (standing.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Candidate " + candidate
                    + " has no finalized leveling decision to take the first level from",
                    List.of(new FieldError("candidateId", "has no finalized leveling decision")));
        }
        if (standing.size() > 1) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Candidate " + candidate + " has "
                    + standing.size() + " final decisions " + standing.stream().map(decision -> decision.id).toList()
                    + "; name the one to hire from", List.of(new FieldError("decisionId", "must be given")));
        }
        return standing.get(0);
    }
}
