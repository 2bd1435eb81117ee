package com.careerplatform.promotion.evidence;

import com.careerplatform.kit.audit.AuditLog;
import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.promotion.leveling.LevelAxes;
import com.careerplatform.promotion.packet.PacketLifecycle;
import com.careerplatform.promotion.packet.PacketService;
import com.careerplatform.promotion.packet.PromotionPacket;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Evidence of a packet: seen by whoever sees the packet, written by its employee or manager while a DRAFT,
 * at most {@link EvidenceItem#MAX_PER_PACKET} pieces.
 */
@ApplicationScoped
public class EvidenceService {

    private static final String AUDIT_TYPE = "promotion-packet";

    private final AuditLog audit;
    private final Clock clock;
    private final LevelAxes levelAxes;

    EvidenceService(AuditLog audit, Clock clock, LevelAxes levelAxes) {
        this.audit = audit;
        this.clock = clock;
        this.levelAxes = levelAxes;
    }

    /**
     * Checks the evidence's axes against the packet's target level in the framework, before any transaction;
     * answers the target level they were checked against.
     */
    public String checkedTarget(UUID packetId, EvidenceRequest request, SecurityIdentity caller) {
        PromotionPacket packet = PacketService.visible(packetId, caller);
        PacketService.requireAuthor(packet, caller);
        PacketLifecycle.EDIT.require(packet.status);
        List<FieldError> unknownAxes = levelAxes.unknown(packet.frameworkSlug, packet.targetLevel, "axes", request.axes(), false);
        if (!unknownAxes.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, unknownAxes.size() + " field(s) rejected", unknownAxes);
        }
        return packet.targetLevel;
    }

    /** Adds evidence whose axes {@link #checkedTarget} checked against {@code target}. */
    @Transactional
    public EvidenceView add(UUID packetId, EvidenceRequest request, String target, SecurityIdentity caller) {
        PromotionPacket packet = writable(packetId, caller);
        if (!packet.targetLevel.equals(target)) {
            throw new ProblemException(ProblemType.CONFLICT, "The packet's target level changed to " + packet.targetLevel
                    + " while the evidence was checked against " + target + "; send it again");
        }
        if (EvidenceItem.count("packetId", packet.id) >= EvidenceItem.MAX_PER_PACKET) {
            throw new ProblemException(ProblemType.CONFLICT, "A packet holds at most " + EvidenceItem.MAX_PER_PACKET
                    + " pieces of evidence and this one is full; remove one before adding another");
        }
        EvidenceItem item = new EvidenceItem();
        item.id = UUID.randomUUID();
        item.packetId = packet.id;
        item.kind = request.kind();
        item.title = request.title().strip();
        item.url = request.url().strip();
        item.happenedOn = request.happenedOn();
        item.role = request.role();
        item.docStatus = request.docStatus();
        item.axes = request.axes() == null ? List.of() : List.copyOf(request.axes());
        item.competencies = request.competencies() == null ? List.of() : List.copyOf(request.competencies());
        item.impact = request.impact();
        item.createdAt = OffsetDateTime.now(clock);
        item.persist();
        EvidenceView view = EvidenceView.of(item);
        audit.record("promotion-packet.evidence-added", AUDIT_TYPE, packet.id.toString(), null, view);
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvidenceView> list(UUID packetId, SecurityIdentity caller) {
        PromotionPacket packet = PacketService.visible(packetId, caller);
        return EvidenceItem.ofPacket(packet.id).stream().map(EvidenceView::of).toList();
    }

    @Transactional
    public void remove(UUID packetId, UUID evidenceId, SecurityIdentity caller) {
        PromotionPacket packet = writable(packetId, caller);
        EvidenceItem item = EvidenceItem.<EvidenceItem>findByIdOptional(evidenceId)
                .filter(found -> found.packetId.equals(packet.id))
                .orElseThrow(() -> ProblemException.notFound("Packet " + packetId + " has no evidence " + evidenceId));
        EvidenceView before = EvidenceView.of(item);
        item.delete();
        audit.record("promotion-packet.evidence-removed", AUDIT_TYPE, packet.id.toString(), before, null);
    }

    /** The packet stays locked until the write commits, so concurrent adds cannot overfill it. */
    private static PromotionPacket writable(UUID packetId, SecurityIdentity caller) {
        PromotionPacket packet = PacketService.visibleForUpdate(packetId, caller);
        PacketService.requireAuthor(packet, caller);
        PacketLifecycle.EDIT.require(packet.status);
        return packet;
    }
}
