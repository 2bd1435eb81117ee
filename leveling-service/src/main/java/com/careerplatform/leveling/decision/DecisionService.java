package com.careerplatform.leveling.decision;

import com.careerplatform.kit.audit.AuditLog;
import com.careerplatform.kit.idempotency.Idempotency;
import com.careerplatform.kit.json.RenderedJson;
import com.careerplatform.kit.outbox.Outbox;
import com.careerplatform.kit.paging.Cursor;
import com.careerplatform.kit.paging.CursorPage;
import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.kit.security.Roles;
import com.careerplatform.leveling.decision.DecisionRequests.CreateDecisionRequest;
import com.careerplatform.leveling.decision.DecisionRequests.FinalizeRequest;
import com.careerplatform.leveling.decision.DecisionRequests.VoteRequest;
import com.careerplatform.leveling.framework.PublishedVersions;
import com.careerplatform.leveling.framework.content.FrameworkContent;
import com.careerplatform.leveling.interview.InterviewLoopView;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Leveling decisions: a hiring committee opens one with the interview signals, members vote, and the chair
 * or hr-admin finalizes it once the quorum is met. Every rule that names a level or an axis reads the
 * framework version the decision is pinned to.
 */
@ApplicationScoped
public class DecisionService {

    static final String FINALIZED_EVENT = "leveling-decision.finalized";
    /** The most votes on one decision: a hiring committee is a handful of people, not a crowd. */
    public static final int MAX_VOTES = 20;
    private static final String AUDIT_TYPE = "leveling-decision";

    private final PublishedVersions frameworks;
    private final OpenedDecisions opened;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Idempotency idempotency;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final int quorum;

    DecisionService(PublishedVersions frameworks, OpenedDecisions opened, AuditLog audit, Outbox outbox,
            Idempotency idempotency, Clock clock, ObjectMapper mapper, DecisionConfig config) {
        this.frameworks = frameworks;
        this.opened = opened;
        this.mapper = mapper;
        this.audit = audit;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.clock = clock;
        this.quorum = config.quorum();
    }

    /** Filters of the decision list; null fields do not filter. Dates are inclusive, on the creation day (UTC). */
    public record DecisionFilter(String candidateId, DecisionStatus status, String level, LocalDate from, LocalDate to) {
    }

    @Transactional
    public Response create(CreateDecisionRequest request, String idempotencyKey, String user, URI base) {
        return idempotency.execute(idempotencyKey, request, () -> {
            LevelingDecision opened = open(request, user);
            RenderedJson view = RenderedJson.of(mapper, view(opened));
            audit.record("leveling-decision.created", AUDIT_TYPE, opened.id.toString(), null, view);
            return new Idempotency.Outcome(201, view, base.resolve(opened.id.toString()));
        });
    }

    /**
     * The chair finalizes, so it must be someone who can sign in: an active person of the people record, by
     * userName (answered as the record spells it, which is how their token names them).
     */
    private String chairInThePeopleRecord(String chair) {
        return opened.activeUserName(chair).orElseThrow(() -> new ProblemException(ProblemType.VALIDATION,
                "The chair '" + chair + "' is nobody active in the people record",
                List.of(new FieldError("chair", "must be the userName of an active person in the people record"))));
    }

    private LevelingDecision open(CreateDecisionRequest request, String user) {
        PublishedVersions.Version version = frameworks.of(request.frameworkSlug(), request.frameworkVersion());
        checkAgainstFramework(request, version);
        String chair = chairInThePeopleRecord(request.chair().strip());
        if (request.supersedes() != null) {
            checkCorrectable(request);
        }
        LevelingDecision decision = new LevelingDecision();
        decision.candidateId = request.candidateId().strip();
        decision.frameworkSlug = request.frameworkSlug();
        decision.frameworkVersion = version.number();
        decision.proposedLevel = request.proposedLevel();
        decision.rationale = request.rationale();
        decision.chair = chair;
        decision.status = DecisionStatus.OPEN;
        decision.signals = List.copyOf(request.signals());
        decision.supersedes = request.supersedes();
        decision.createdBy = user;
        decision.createdAt = OffsetDateTime.now(clock);
        decision.id = DecisionIds.createdAt(decision.createdAt.toInstant());
        opened.insertAtCommit(decision);
        return decision;
    }

    @Transactional
    public DecisionView vote(UUID id, VoteRequest request, String voter) {
        LevelingDecision decision = lockedDecision(id);
        requireOpen(decision, "votes cannot change");
        if (request.level() != null) {
            requireLevel(decision, request.level(), "level");
        }
        if (decision.voteOf(voter).isEmpty() && decision.votes.size() >= MAX_VOTES) {
            throw new ProblemException(ProblemType.CONFLICT, "Decision " + id + " has " + MAX_VOTES
                    + " votes, the most a decision takes; finalize it or change an existing vote");
        }
        DecisionView before = view(decision);
        DecisionVote vote = decision.voteOf(voter).orElseGet(() -> {
            DecisionVote cast = new DecisionVote();
            cast.decision = decision;
            cast.voter = voter;
            decision.votes.add(cast);
            return cast;
        });
        vote.level = request.level();
        vote.recused = request.recused();
        vote.dissent = request.dissent();
        vote.castAt = OffsetDateTime.now(clock);
        vote.persist();
        DecisionView after = view(decision);
        audit.record("leveling-decision.voted", AUDIT_TYPE, id.toString(), before, after);
        return after;
    }

    @Transactional
    public DecisionView finalize(UUID id, FinalizeRequest request, SecurityIdentity caller) {
        LevelingDecision decision = lockedDecision(id);
        String user = caller.getPrincipal().getName();
        if (!caller.hasRole(Roles.HR_ADMIN) && !decision.chair.equals(user)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Only hr-admin or the decision's chair (" + decision.chair + ") may finalize it");
        }
        requireOpen(decision, "it cannot be finalized again");
        requireLevel(decision, request.finalLevel(), "finalLevel");
        if (decision.countingVotes() < quorum) {
            throw new ProblemException(ProblemType.CONFLICT, "Finalizing needs " + quorum
                    + " votes that are not recusals; this decision has " + decision.countingVotes());
        }
        DecisionView before = view(decision);
        decision.status = DecisionStatus.FINAL;
        decision.finalLevel = request.finalLevel();
        decision.finalizedBy = user;
        decision.finalizedAt = OffsetDateTime.now(clock);
        DecisionView after = view(decision);
        outbox.record(FINALIZED_EVENT, id.toString(), Map.of(
                "decisionId", id, "candidateId", decision.candidateId, "frameworkSlug", decision.frameworkSlug,
                "frameworkVersion", decision.frameworkVersion, "finalLevel", decision.finalLevel,
                "supersedes", decision.supersedes == null ? "" : decision.supersedes.toString(),
                "finalizedBy", user, "finalizedAt", decision.finalizedAt.toString()));
        audit.record("leveling-decision.finalized", AUDIT_TYPE, id.toString(), before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DecisionView find(UUID id) {
        return view(decision(id, LockModeType.NONE));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CursorPage<DecisionView> list(DecisionFilter filter, Cursor cursor, int limit) {
        List<String> where = new ArrayList<>(List.of("1 = 1"));
        Parameters parameters = new Parameters();
        if (filter.candidateId() != null) {
            where.add("candidateId = :candidate");
            parameters.and("candidate", filter.candidateId());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.level() != null) {
            where.add("finalLevel = :level");
            parameters.and("level", filter.level());
        }
        if (filter.from() != null) {
            where.add("createdAt >= :from");
            parameters.and("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.add("createdAt < :to");
            parameters.and("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (cursor != null) {
            // A row comparison, which PostgreSQL answers from the listing index at any depth; the
            // equivalent "a < x or (a = x and b < y)" makes it scan every row before the cursor.
            where.add("(createdAt, id) < (:at, :id)");
            parameters.and("at", cursor.at().atOffset(ZoneOffset.UTC)).and("id", UUID.fromString(cursor.id()));
        }
        List<LevelingDecision> found = LevelingDecision.<LevelingDecision>find(String.join(" and ", where),
                        Sort.descending("createdAt", "id"), parameters)
                .range(0, limit)
                .list();
        List<DecisionView> items = found.stream().limit(limit).map(this::view).toList();
        String next = null;
        if (found.size() > limit) {
            LevelingDecision last = found.get(limit - 1);
            next = new Cursor(last.createdAt.toInstant(), last.id.toString()).encode();
        }
        return new CursorPage<>(items, next);
    }

    /** The decision with its votes, and its rounds against the interview loop of its framework version. */
    private DecisionView view(LevelingDecision decision) {
        return DecisionView.of(decision, quorum,
                frameworks.of(decision.frameworkSlug, decision.frameworkVersion).content().interviewLoop());
    }

    private void checkAgainstFramework(CreateDecisionRequest request, PublishedVersions.Version version) {
        FrameworkContent content = version.content();
        // The loop's banks are only looked at when a round names its questions (most submissions name none).
        boolean namesQuestions = request.signals().stream().anyMatch(signal -> !signal.questions().isEmpty());
        Optional<InterviewLoopView> loop = namesQuestions
                ? InterviewLoopView.of(version.slug(), version.number(), content) : Optional.empty();
        List<String> levels = content.levelCodes();
        List<String> axes = content.axes().stream().map(FrameworkContent.Axis::code).toList();
        List<FieldError> errors = new ArrayList<>();
        if (!levels.contains(request.proposedLevel())) {
            errors.add(new FieldError("proposedLevel", "must be one of the framework's levels " + levels));
        }
        for (int i = 0; i < request.signals().size(); i++) {
            RoundSignal signal = request.signals().get(i);
            if (!levels.contains(signal.recommendedLevel())) {
                errors.add(new FieldError("signals[" + i + "].recommendedLevel",
                        "must be one of the framework's levels " + levels));
            }
            for (String axis : signal.scores().keySet()) {
                if (!axes.contains(axis)) {
                    errors.add(new FieldError("signals[" + i + "].scores." + axis, "must be one of the axes " + axes));
                }
            }
            List<String> asked = loop.map(found -> found.questionIds(signal.round())).orElse(List.of());
            for (int j = 0; j < signal.questions().size(); j++) {
                if (!asked.contains(signal.questions().get(j))) {
                    errors.add(new FieldError("signals[" + i + "].questions[" + j + "]", asked.isEmpty()
                            ? "the framework has no question bank for the " + signal.round() + " round"
                            : "must be one of the " + signal.round() + " round's questions " + asked));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.size() + " field(s) rejected", errors);
        }
    }

    /**
     * The corrected decision is locked, so that corrections of it take turns: the second, once the first has
     * committed, is answered 409 rather than failing on the unique index at commit. The decision is read again once
     * the lock is held: the locking statement sees the table as it was when it began to wait, so its
     * {@code supersededBy} misses a correction committed meanwhile.
     */
    private static void checkCorrectable(CreateDecisionRequest request) {
        LevelingDecision corrected = LevelingDecision.<LevelingDecision>findByIdOptional(request.supersedes(),
                        LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ProblemException(ProblemType.VALIDATION, "supersedes names no decision",
                        List.of(new FieldError("supersedes", "no decision " + request.supersedes()))));
        LevelingDecision.getEntityManager().refresh(corrected);
        if (!corrected.isFinal()) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Decision " + corrected.id + " is still open: vote on it instead of correcting it");
        }
        if (!corrected.candidateId.equals(request.candidateId().strip())) {
            throw new ProblemException(ProblemType.VALIDATION, "A correction is for the same candidate",
                    List.of(new FieldError("candidateId", "must be " + corrected.candidateId + ", the corrected decision's")));
        }
        if (corrected.supersededBy != null) {
            throw new ProblemException(ProblemType.CONFLICT, "Decision " + corrected.id
                    + " is already corrected by " + corrected.supersededBy + "; correct that one instead");
        }
    }

    private void requireLevel(LevelingDecision decision, String level, String field) {
        List<String> levels = frameworks.of(decision.frameworkSlug, decision.frameworkVersion).content().levelCodes();
        if (!levels.contains(level)) {
            String message = "must be one of the levels of " + decision.frameworkSlug + " version "
                    + decision.frameworkVersion + " " + levels;
            throw new ProblemException(ProblemType.VALIDATION, "Field '" + field + "' " + message,
                    List.of(new FieldError(field, message)));
        }
    }

    private static void requireOpen(LevelingDecision decision, String consequence) {
        if (decision.isFinal()) {
            throw new ProblemException(ProblemType.CONFLICT, "Decision " + decision.id + " is final: " + consequence
                    + "; a correction is a new decision with supersedes=" + decision.id);
        }
    }

    /**
     * The decision, locked until the transaction ends: votes and finalizing read its status and votes, so
     * a vote cannot slip into a decision being finalized, nor two new voters past the vote limit.
     */
    private static LevelingDecision lockedDecision(UUID id) {
        return decision(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private static LevelingDecision decision(UUID id, LockModeType lock) {
        return LevelingDecision.<LevelingDecision>findByIdOptional(id, lock)
                .orElseThrow(() -> ProblemException.notFound("No leveling decision " + id));
    }
}
