package com.careerplatform.promotion.packet;

import com.careerplatform.kit.audit.AuditLog;
import com.careerplatform.kit.client.UpstreamAnswers;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.Preconditions;
import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.kit.security.EmployeeIds;
import com.careerplatform.kit.security.Roles;
import com.careerplatform.promotion.cycle.CycleStatus;
import com.careerplatform.promotion.cycle.PromotionCycle;
import com.careerplatform.promotion.leveling.FrameworkLevels;
import com.careerplatform.promotion.leveling.LevelAxes;
import com.careerplatform.promotion.leveling.PeopleRecord;
import com.careerplatform.promotion.packet.PacketRequests.CreatePacketRequest;
import com.careerplatform.promotion.packet.PacketRequests.EditPacketRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Promotion packets. The packet's employee, their manager, the promotion committee and hr-admin see it;
 * for anyone else it does not exist (404). Employee and manager edit it while it is a DRAFT. Its current
 * level and manager come from the people record at every write, never from the caller.
 */
@ApplicationScoped
public class PacketService {

    private static final String AUDIT_TYPE = "promotion-packet";
    private static final String ONE_PER_CYCLE = "promotion_packet_one_per_cycle";

    private final FrameworkLevels frameworkLevels;
    private final LevelAxes levelAxes;
    private final RecordedCareer career;
    private final AuditLog audit;
    private final Clock clock;

    PacketService(FrameworkLevels frameworkLevels, LevelAxes levelAxes, RecordedCareer career, AuditLog audit, Clock clock) {
        this.frameworkLevels = frameworkLevels;
        this.levelAxes = levelAxes;
        this.career = career;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a new packet takes from the people record, asked (and the levels checked) before its transaction. */
    public record Draft(String employeeId, UUID cycleId, PeopleRecord.Person person) {
    }

    /** Checks a new packet against the people record and the framework, before any transaction. */
    public Draft prepare(CreatePacketRequest request, SecurityIdentity caller) {
        Optional<String> own = EmployeeIds.of(caller);
        String employeeId = request.employeeId() != null ? request.employeeId() : own.orElseThrow(() ->
                new ProblemException(ProblemType.VALIDATION, "Your token carries no employee_id; name the employeeId",
                        List.of(new FieldError("employeeId", "must be given"))));
        if (!own.filter(employeeId::equals).isPresent() && !caller.hasRole(Roles.HR_ADMIN)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only hr-admin files a packet for someone else");
        }
        PromotionCycle cycle = openCycle(request.cycleId());
        PeopleRecord.Person person = career.leveledIn(employeeId, cycle.frameworkSlug);
        checkLevels(cycle.frameworkSlug, person.level(), request.targetLevel(), request.archetype(), request.selfAssessment());
        return new Draft(employeeId, cycle.id, person);
    }

    /** Drafts the packet {@link #prepare} checked. */
    @Transactional
    public PromotionPacket create(CreatePacketRequest request, Draft draft, SecurityIdentity caller) {
        PromotionCycle cycle = openCycle(draft.cycleId());
        String employeeId = draft.employeeId();
        PeopleRecord.Person person = draft.person();
        requireNoOtherPacket(cycle, employeeId);
        PromotionPacket packet = new PromotionPacket();
        packet.id = UUID.randomUUID();
        packet.cycleId = cycle.id;
        packet.employeeId = employeeId;
        packet.managerId = person.managerId();
        packet.frameworkSlug = cycle.frameworkSlug;
        packet.currentLevel = person.level();
        packet.targetLevel = request.targetLevel();
        packet.archetype = request.archetype();
        packet.narrative = request.narrative();
        packet.selfAssessment = request.selfAssessment() == null ? Map.of() : Map.copyOf(request.selfAssessment());
        packet.status = PacketStatus.DRAFT;
        packet.createdBy = caller.getPrincipal().getName();
        packet.createdAt = OffsetDateTime.now(clock);
        persistAlone(packet, cycle);
        audit.record("promotion-packet.created", AUDIT_TYPE, packet.id.toString(), null, PacketView.of(packet));
        return packet;
    }

    private static PromotionCycle openCycle(UUID id) {
        PromotionCycle cycle = PromotionCycle.<PromotionCycle>findByIdOptional(id)
                .orElseThrow(() -> new ProblemException(ProblemType.VALIDATION, "No promotion cycle " + id,
                        List.of(new FieldError("cycleId", "names no promotion cycle"))));
        if (cycle.status == CycleStatus.CLOSED) {
            throw new ProblemException(ProblemType.CONFLICT, "Promotion cycle " + cycle.name + " is closed");
        }
        return cycle;
    }

    private static void requireNoOtherPacket(PromotionCycle cycle, String employeeId) {
        PromotionPacket.<PromotionPacket>find("cycleId = ?1 and employeeId = ?2 and status <> ?3",
                        cycle.id, employeeId, PacketStatus.WITHDRAWN)
                .firstResultOptional()
                .ifPresent(other -> {
                    throw otherPacket(cycle, employeeId, other.id);
                });
    }

    /** Persists a new packet; a packet for the same person and cycle that committed meanwhile makes it a 409. */
    private static void persistAlone(PromotionPacket packet, PromotionCycle cycle) {
        try {
            packet.persist();
            packet.flush();
        } catch (PersistenceException e) {
            Throwable cause = e instanceof ConstraintViolationException ? e : e.getCause();
            if (!(cause instanceof ConstraintViolationException violation) || !ONE_PER_CYCLE.equals(violation.getConstraintName())) {
                throw e;
            }
            throw otherPacket(cycle, packet.employeeId, null);
        }
    }

    private static ProblemException otherPacket(PromotionCycle cycle, String employeeId, UUID other) {
        return new ProblemException(ProblemType.CONFLICT, employeeId + " has a packet in cycle " + cycle.name
                + (other == null ? "" : " already: " + other) + "; edit that one, or withdraw it to start anew");
    }

    /**
     * Edits a DRAFT: the people record and the framework are asked first, then the packet is written under
     * its row lock, if it is still the one the caller's If-Match names.
     */
    public PromotionPacket edit(UUID id, String ifMatch, EditPacketRequest request, SecurityIdentity caller) {
        PromotionPacket seen = editable(visible(id, caller), ifMatch, caller);
        PeopleRecord.Person person = career.leveledIn(seen.employeeId, seen.frameworkSlug);
        checkLevels(seen.frameworkSlug, person.level(), request.targetLevel(), request.archetype(), request.selfAssessment());
        return QuarkusTransaction.joiningExisting().call(() -> write(editable(visibleForUpdate(id, caller), ifMatch, caller),
                request, person));
    }

    private static PromotionPacket editable(PromotionPacket packet, String ifMatch, SecurityIdentity caller) {
        requireAuthor(packet, caller);
        PacketLifecycle.EDIT.require(packet.status);
        Preconditions.requireIfMatch(ifMatch, packet.etag());
        return packet;
    }

    private PromotionPacket write(PromotionPacket packet, EditPacketRequest request, PeopleRecord.Person person) {
        PacketView before = PacketView.of(packet);
        packet.currentLevel = person.level();
        packet.managerId = person.managerId();
        packet.targetLevel = request.targetLevel();
        packet.archetype = request.archetype();
        packet.narrative = request.narrative();
        packet.selfAssessment = request.selfAssessment() == null ? Map.of() : Map.copyOf(request.selfAssessment());
        packet.flush();
        audit.record("promotion-packet.edited", AUDIT_TYPE, packet.id.toString(), before, PacketView.of(packet));
        return packet;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PromotionPacket find(UUID id, SecurityIdentity caller) {
        return visible(id, caller);
    }

    /**
     * One page of the packets the caller may see, newest first: all for the committee and HR, else their own
     * and their reports'. The filter is part of the query, so counts and pages cover only those.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<PacketView> list(SecurityIdentity caller, PageParams page) {
        Sort newestFirst = Sort.descending("createdAt", "id");
        PanacheQuery<PromotionPacket> found;
        if (caller.hasRole(Roles.PROMOTION_COMMITTEE) || caller.hasRole(Roles.HR_ADMIN)) {
            found = PromotionPacket.findAll(newestFirst);
        } else {
            Optional<String> me = EmployeeIds.of(caller);
            if (me.isEmpty()) {
                return PageView.of(List.of(), page, 0);
            }
            found = PromotionPacket.find("employeeId = ?1 or managerId = ?1", newestFirst, me.get());
        }
        found.page(Page.of(page.page, page.size));
        return PageView.of(found.list().stream().map(PacketView::of).toList(), page, found.count());
    }

    public static PromotionPacket visible(UUID id, SecurityIdentity caller) {
        return readable(PromotionPacket.findByIdOptional(id), id, caller);
    }

    /** {@link #visible}, with the packet's row locked until the transaction ends: for writes that count what it holds. */
    public static PromotionPacket visibleForUpdate(UUID id, SecurityIdentity caller) {
        return readable(PromotionPacket.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE), id, caller);
    }

    private static PromotionPacket readable(Optional<PromotionPacket> found, UUID id, SecurityIdentity caller) {
        return found.filter(packet -> mayRead(packet, caller))
                .orElseThrow(() -> ProblemException.notFound("No promotion packet " + id));
    }

    /** The packet's employee or manager: the people who write it while it is a DRAFT. */
    public static void requireAuthor(PromotionPacket packet, SecurityIdentity caller) {
        if (!EmployeeIds.of(caller).filter(me -> me.equals(packet.employeeId) || me.equals(packet.managerId)).isPresent()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the packet's employee and manager write it");
        }
    }

    private static boolean mayRead(PromotionPacket packet, SecurityIdentity caller) {
        return caller.hasRole(Roles.PROMOTION_COMMITTEE) || caller.hasRole(Roles.HR_ADMIN)
                || EmployeeIds.of(caller).filter(me -> me.equals(packet.employeeId) || me.equals(packet.managerId)).isPresent();
    }

    private void checkLevels(String framework, String current, String target, Archetype archetype,
            Map<String, String> selfAssessment) {
        List<FrameworkLevels.Level> levels = UpstreamAnswers.ask(() -> frameworkLevels.levels(framework),
                "The cycle's framework '" + framework + "' is not published in leveling-service",
                "leveling-service cannot check the levels right now; nothing was written, retry shortly");
        List<FieldError> errors = new ArrayList<>(TargetLevelRule.check(levels, current, target, archetype));
        if (errors.isEmpty() && selfAssessment != null) {
            errors.addAll(levelAxes.unknown(framework, target, "selfAssessment", List.copyOf(selfAssessment.keySet()), true));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.size() + " field(s) rejected", errors);
        }
    }
}
