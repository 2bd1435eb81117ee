package com.careerplatform.promotion.packet;

import com.careerplatform.kit.audit.AuditLog;
import com.careerplatform.kit.outbox.Outbox;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.kit.security.EmployeeIds;
import com.careerplatform.kit.security.Roles;
import com.careerplatform.promotion.cycle.PromotionCycle;
import com.careerplatform.promotion.leveling.PeopleRecord;
import com.careerplatform.promotion.packet.WorkflowRequests.DecisionRequest;
import com.careerplatform.promotion.packet.WorkflowRequests.ReviewRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A packet's way through the cycle: the employee submits (inside the cycle's window, at the level the
 * people record still has them at), their manager in the people record endorses, committee members
 * review, the committee decides, and the employee may withdraw before that.
 */
@ApplicationScoped
public class PacketWorkflow {

    static final String DECIDED_EVENT = "promotion.decided";
    private static final String AUDIT_TYPE = "promotion-packet";

    private final RecordedCareer career;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;
    private final int reviewsRequired;

    PacketWorkflow(RecordedCareer career, AuditLog audit, Outbox outbox, Clock clock, ReviewConfig config) {
        this.career = career;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.reviewsRequired = config.required();
    }

    /** Submits a DRAFT whose level the people record still has; the record is asked before the transaction. */
    public PromotionPacket submit(UUID id, SecurityIdentity caller) {
        PromotionPacket seen = submittable(PacketService.visible(id, caller), caller);
        PeopleRecord.Person person = career.leveledIn(seen.employeeId, seen.frameworkSlug);
        return QuarkusTransaction.joiningExisting().call(() -> {
            PromotionPacket packet = submittable(PacketService.visibleForUpdate(id, caller), caller);
            if (!person.level().equals(packet.currentLevel)) {
                throw new ProblemException(ProblemType.CONFLICT, "The people record has " + packet.employeeId + " at "
                        + person.level() + " now, not " + packet.currentLevel + " as when the packet was drafted: edit it"
                        + " (PUT) to aim at the level above " + person.level());
            }
            packet.managerId = person.managerId();
            return move(packet, PacketLifecycle.SUBMIT, caller, () -> packet.submittedAt = OffsetDateTime.now(clock));
        });
    }

    private PromotionPacket submittable(PromotionPacket packet, SecurityIdentity caller) {
        requireEmployee(packet, caller, "submits");
        PacketLifecycle.SUBMIT.require(packet.status);
        PromotionCycle cycle = PromotionCycle.findById(packet.cycleId);
        LocalDate today = LocalDate.now(clock);
        if (!cycle.acceptsSubmissionsOn(today)) {
            throw new ProblemException(ProblemType.CONFLICT, "Cycle " + cycle.name + " takes submissions from "
                    + cycle.submissionOpens + " to " + cycle.submissionCloses + " while it is OPEN; it is " + cycle.status
                    + " and today is " + today);
        }
        return packet;
    }

    /** Endorsement by the manager the people record names now; the record is asked before the transaction. */
    public PromotionPacket endorse(UUID id, SecurityIdentity caller) {
        PromotionPacket seen = PacketService.visible(id, caller);
        Supplier<ProblemException> notTheManager = () -> new ProblemException(ProblemType.FORBIDDEN,
                "Only " + seen.employeeId + "'s manager in the people record endorses the packet");
        PeopleRecord.Person person = career.of(seen.employeeId, notTheManager);
        if (person.managerId() == null || !EmployeeIds.of(caller).filter(person.managerId()::equals).isPresent()) {
            throw notTheManager.get();
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            PromotionPacket packet = PacketService.visibleForUpdate(id, caller);
            packet.managerId = person.managerId();
            return move(packet, PacketLifecycle.ENDORSE, caller, () -> {
                packet.endorsedBy = caller.getPrincipal().getName();
                packet.endorsedAt = OffsetDateTime.now(clock);
            });
        });
    }

    @Transactional
    public PromotionPacket withdraw(UUID id, SecurityIdentity caller) {
        PromotionPacket packet = PacketService.visible(id, caller);
        requireEmployee(packet, caller, "withdraws");
        return move(packet, PacketLifecycle.WITHDRAW, caller, () -> { });
    }

    @Transactional
    public PromotionPacket review(UUID id, ReviewRequest request, SecurityIdentity caller) {
        // Locked so that concurrent first reviews cannot take the packet past its limit.
        PromotionPacket packet = PacketService.visibleForUpdate(id, caller);
        requireNotConcerned(packet, caller);
        PacketLifecycle.REVIEW.require(packet.status);
        String reviewer = caller.getPrincipal().getName();
        PacketReview review = PacketReview.<PacketReview>find("packetId = ?1 and reviewer = ?2", packet.id, reviewer)
                .firstResultOptional().orElseGet(() -> {
                    if (PacketReview.count("packetId", packet.id) >= PacketReview.MAX_PER_PACKET) {
                        throw new ProblemException(ProblemType.CONFLICT, "A packet takes reviews from at most "
                                + PacketReview.MAX_PER_PACKET + " committee members and this one has them all");
                    }
                    PacketReview created = new PacketReview();
                    created.packetId = packet.id;
                    created.reviewer = reviewer;
                    return created;
                });
        review.recommendation = request.recommendation();
        review.comments = request.comments();
        review.reviewedAt = OffsetDateTime.now(clock);
        review.persist();
        audit.record("promotion-packet.reviewed", AUDIT_TYPE, packet.id.toString(), null,
                Map.of("reviewer", reviewer, "recommendation", request.recommendation()));
        return packet;
    }

    @Transactional
    public PromotionPacket decide(UUID id, DecisionRequest request, SecurityIdentity caller) {
        // Locked, as reviews lock it: no review changes to a recusal while the count below is taken.
        PromotionPacket packet = PacketService.visibleForUpdate(id, caller);
        requireNotConcerned(packet, caller);
        PacketLifecycle.DECIDE.require(packet.status);
        long counting = PacketReview.ofPacket(packet.id).stream()
                .filter(review -> review.recommendation != Recommendation.RECUSE).count();
        if (counting < reviewsRequired) {
            throw new ProblemException(ProblemType.CONFLICT, "A decision needs " + reviewsRequired
                    + " reviews that are not recusals; this packet has " + counting);
        }
        PacketView before = PacketView.of(packet);
        packet.status = PacketStatus.valueOf(request.outcome().name());
        packet.decisionFeedback = request.feedback();
        packet.decidedBy = caller.getPrincipal().getName();
        packet.decidedAt = OffsetDateTime.now(clock);
        outbox.record(DECIDED_EVENT, packet.id.toString(), Map.of("packetId", packet.id, "employeeId", packet.employeeId,
                "outcome", packet.status, "frameworkSlug", packet.frameworkSlug, "currentLevel", packet.currentLevel,
                "targetLevel", packet.targetLevel, "decidedAt", packet.decidedAt.toString()));
        audit.record("promotion-packet.decided", AUDIT_TYPE, packet.id.toString(), before, PacketView.of(packet));
        return packet;
    }

    private PromotionPacket move(PromotionPacket packet, PacketLifecycle action, SecurityIdentity caller, Runnable also) {
        PacketView before = PacketView.of(packet);
        packet.status = action.apply(packet.status);
        also.run();
        packet.flush();
        audit.record("promotion-packet." + action.name().toLowerCase(), AUDIT_TYPE, packet.id.toString(), before,
                PacketView.of(packet));
        return packet;
    }

    private static void requireEmployee(PromotionPacket packet, SecurityIdentity caller, String what) {
        if (!EmployeeIds.of(caller).filter(packet.employeeId::equals).isPresent()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the packet's employee " + what + " it");
        }
    }

    /** Reviews and decisions are the committee's, and never of one's own or one's report's packet. */
    private static void requireNotConcerned(PromotionPacket packet, SecurityIdentity caller) {
        if (!caller.hasRole(Roles.PROMOTION_COMMITTEE)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Reviews and decisions are the promotion committee's");
        }
        if (EmployeeIds.of(caller).filter(me -> me.equals(packet.employeeId) || me.equals(packet.managerId)).isPresent()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Nobody reviews or decides their own or their report's packet");
        }
    }
}
