package com.careerplatform.comp.adjustment;

import com.careerplatform.comp.adjustment.ProposalRequests.ProposeRequest;
import com.careerplatform.comp.band.CompBand;
import com.careerplatform.comp.band.CompBandView;
import com.careerplatform.comp.leveling.LevelCheck;
import com.careerplatform.comp.record.ChangeReason;
import com.careerplatform.comp.record.CompChangeRequest;
import com.careerplatform.comp.record.CompRecord;
import com.careerplatform.comp.record.CompRecordService;
import com.careerplatform.kit.audit.AuditLog;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Proposals that move a promoted person into the new level's band, at the level the people record has
 * for them from the proposal's day: the base is raised just enough for the
 * total comp (base, target bonus, annual equity) to reach the band's minimum, and kept when it already
 * does. comp-admin approves (a PROMOTION change is recorded) or rejects.
 */
@ApplicationScoped
public class AdjustmentService {

    private static final String AUDIT_TYPE = "adjustment-proposal";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final LevelCheck levelCheck;
    private final CompRecordService records;
    private final AuditLog audit;
    private final Clock clock;

    AdjustmentService(LevelCheck levelCheck, CompRecordService records, AuditLog audit, Clock clock) {
        this.levelCheck = levelCheck;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The framework of the person's comp record in force, in which the people record has them at the new
     * level on its day; asked before the proposal's transaction. Null when the source event made a proposal
     * already (nothing is asked for a redelivery).
     */
    public String levelChecked(ProposeRequest request) {
        if (earlier(request) != null) {
            return null;
        }
        CompRecord current = inForce(request);
        // The recorded level is one of the framework's: no separate check that the framework has it.
        levelCheck.requireRecorded(request.employeeId(), current.frameworkSlug, request.newLevel(), request.effectiveFrom(),
                "newLevel");
        return current.frameworkSlug;
    }

    /**
     * The new proposal, or the one already made for the same source event (a redelivery creates nothing);
     * {@code checkedFramework} is what {@link #levelChecked} confirmed the level in.
     */
    @Transactional
    public ProposalView propose(ProposeRequest request, String checkedFramework, String user) {
        AdjustmentProposal seen = earlier(request);
        if (seen != null) {
            return view(seen);
        }
        CompRecord current = inForce(request);
        if (!current.frameworkSlug.equals(checkedFramework)) {
            throw new ProblemException(ProblemType.CONFLICT, request.employeeId() + "'s comp record changed while the level"
                    + " was checked; send the proposal again");
        }
        CompBand band = CompBand.inForce(current.frameworkSlug, request.newLevel(), current.market, current.segment,
                        request.effectiveFrom())
                .orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE, "No " + request.newLevel() + " band for "
                        + current.market + " " + current.segment + " is in force on " + request.effectiveFrom()));
        if (!band.currency.equals(current.currency)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The person is paid in " + current.currency
                    + " but the " + request.newLevel() + " band is in " + band.currency);
        }
        AdjustmentProposal proposal = new AdjustmentProposal();
        proposal.id = UUID.randomUUID();
        proposal.employeeId = request.employeeId();
        proposal.frameworkSlug = current.frameworkSlug;
        proposal.newLevel = request.newLevel();
        proposal.effectiveFrom = request.effectiveFrom();
        proposal.sourceEventId = request.sourceEventId();
        proposal.status = ProposalStatus.PENDING;
        proposal.currentRecord = current.id;
        proposal.bandId = band.id;
        proposal.proposedBase = baseReaching(band.totalCompMin, current);
        proposal.createdBy = user;
        proposal.createdAt = OffsetDateTime.now(clock);
        proposal.persist();
        ProposalView view = view(proposal);
        audit.record("adjustment-proposal.created", AUDIT_TYPE, proposal.id.toString(), null, view);
        return view;
    }

    @Transactional
    public ProposalView approve(UUID id, String note, String user) {
        AdjustmentProposal proposal = pending(id);
        ProposalView before = view(proposal);
        CompRecord current = CompRecord.findById(proposal.currentRecord);
        records.record(proposal.employeeId, new CompChangeRequest(proposal.effectiveFrom, ChangeReason.PROMOTION,
                proposal.frameworkSlug, proposal.newLevel, current.market, current.segment, current.currency,
                proposal.proposedBase, current.bonusTargetPercent, current.equityAnnualValue, current.sex,
                "adjustment proposal " + proposal.id), user);
        decide(proposal, ProposalStatus.APPROVED, note, user);
        ProposalView after = view(proposal);
        audit.record("adjustment-proposal.approved", AUDIT_TYPE, id.toString(), before, after);
        return after;
    }

    @Transactional
    public ProposalView reject(UUID id, String note, String user) {
        AdjustmentProposal proposal = pending(id);
        ProposalView before = view(proposal);
        decide(proposal, ProposalStatus.REJECTED, note, user);
        ProposalView after = view(proposal);
        audit.record("adjustment-proposal.rejected", AUDIT_TYPE, id.toString(), before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProposalView find(UUID id) {
        return view(proposal(id));
    }

    /** One page of the proposals (of one status, when given), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<ProposalView> list(ProposalStatus status, PageParams page) {
        Sort newestFirst = Sort.descending("createdAt", "id");
        PanacheQuery<AdjustmentProposal> found = status == null ? AdjustmentProposal.findAll(newestFirst)
                : AdjustmentProposal.find("status", newestFirst, status);
        found.page(Page.of(page.page, page.size));
        return PageView.of(found.list().stream().map(AdjustmentService::view).toList(), page, found.count());
    }

    /** The smallest base (to the cent, rounded up) whose total comp reaches {@code minimum}; at least the current base. */
    static BigDecimal baseReaching(BigDecimal minimum, CompRecord current) {
        if (current.totalComp().compareTo(minimum) >= 0) {
            return current.base;
        }
        BigDecimal factor = BigDecimal.ONE.add(current.bonusTargetPercent.divide(HUNDRED, 10, RoundingMode.HALF_EVEN));
        BigDecimal base = minimum.subtract(current.equityAnnualValue).divide(factor, 2, RoundingMode.CEILING);
        return base.max(current.base);
    }

    private void decide(AdjustmentProposal proposal, ProposalStatus status, String note, String user) {
        proposal.status = status;
        proposal.decisionNote = note;
        proposal.decidedBy = user;
        proposal.decidedAt = OffsetDateTime.now(clock);
    }

    private static AdjustmentProposal pending(UUID id) {
        AdjustmentProposal proposal = proposal(id);
        if (proposal.status != ProposalStatus.PENDING) {
            throw new ProblemException(ProblemType.CONFLICT, "Proposal " + id + " is " + proposal.status + " already");
        }
        return proposal;
    }

    private static AdjustmentProposal proposal(UUID id) {
        return AdjustmentProposal.<AdjustmentProposal>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No adjustment proposal " + id));
    }

    private static ProposalView view(AdjustmentProposal proposal) {
        CompRecord current = CompRecord.findById(proposal.currentRecord);
        CompBand band = CompBand.findById(proposal.bandId);
        BigDecimal bonus = proposal.proposedBase.multiply(current.bonusTargetPercent).divide(HUNDRED, 2, RoundingMode.HALF_EVEN);
        return new ProposalView(proposal.id, proposal.employeeId, proposal.newLevel, proposal.effectiveFrom,
                proposal.status, proposal.sourceEventId, current.base, current.totalComp(), CompBandView.of(band),
                proposal.proposedBase, proposal.proposedBase.add(bonus).add(current.equityAnnualValue),
                proposal.decisionNote, proposal.createdBy, proposal.createdAt, proposal.decidedBy, proposal.decidedAt);
    }

    private static AdjustmentProposal earlier(ProposeRequest request) {
        return request.sourceEventId() == null ? null
                : AdjustmentProposal.<AdjustmentProposal>find("sourceEventId", request.sourceEventId()).firstResult();
    }

    private static CompRecord inForce(ProposeRequest request) {
        return CompRecord.inForce(request.employeeId(), request.effectiveFrom())
                .orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE, "No comp record of "
                        + request.employeeId() + " is in force on " + request.effectiveFrom() + " to adjust"));
    }
}
