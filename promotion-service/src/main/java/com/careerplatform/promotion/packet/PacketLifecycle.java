package com.careerplatform.promotion.packet;

import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import java.util.Map;
import java.util.Set;

/** The moves a packet may make: DRAFT → SUBMITTED → IN_REVIEW → PROMOTED | NOT_YET, and WITHDRAWN. */
public enum PacketLifecycle {
    SUBMIT(Set.of(PacketStatus.DRAFT)),
    ENDORSE(Set.of(PacketStatus.SUBMITTED)),
    REVIEW(Set.of(PacketStatus.IN_REVIEW)),
    DECIDE(Set.of(PacketStatus.IN_REVIEW)),
    WITHDRAW(Set.of(PacketStatus.DRAFT, PacketStatus.SUBMITTED, PacketStatus.IN_REVIEW)),
    EDIT(Set.of(PacketStatus.DRAFT));

    private static final Map<PacketLifecycle, PacketStatus> RESULT = Map.of(
            SUBMIT, PacketStatus.SUBMITTED, ENDORSE, PacketStatus.IN_REVIEW, WITHDRAW, PacketStatus.WITHDRAWN);

    private final Set<PacketStatus> from;

    PacketLifecycle(Set<PacketStatus> from) {
        this.from = from;
    }

    /** Refuses the move with 409 unless the packet is in a state it starts from. */
    public void require(PacketStatus status) {
        if (!from.contains(status)) {
            throw new ProblemException(ProblemType.CONFLICT, "A packet that is " + status + " cannot "
                    + name().toLowerCase().replace('_', ' ') + "; that needs a packet that is " + from);
        }
    }

    /** The state after the move, for the moves with a fixed outcome. */
    public PacketStatus apply(PacketStatus status) {
        require(status);
        return RESULT.get(this);
    }
}
