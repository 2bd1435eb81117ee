package com.careerplatform.promotion.packet;

/** DRAFT → SUBMITTED → (manager endorsement) → IN_REVIEW → PROMOTED | NOT_YET, and WITHDRAWN. */
public enum PacketStatus {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    PROMOTED,
    NOT_YET,
    WITHDRAWN
}
