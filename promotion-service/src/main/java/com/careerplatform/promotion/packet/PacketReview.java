package com.careerplatform.promotion.packet;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One committee member's review of a packet; one per member, changeable until the decision. */
@Entity
@Table(name = "packet_review")
@IdClass(PacketReview.Key.class)
public class PacketReview extends PanacheEntityBase {

    /** The most reviewers a packet takes: more than any committee has, few enough to read side by side. */
    public static final int MAX_PER_PACKET = 50;

    @Id
    public UUID packetId;

    @Id
    public String reviewer;

    @Enumerated(EnumType.STRING)
    public Recommendation recommendation;

    public String comments;

    public OffsetDateTime reviewedAt;

    public static List<PacketReview> ofPacket(UUID packetId) {
        return list("packetId = ?1 order by reviewer", packetId);
    }

    /** The composite key: packet and reviewer. */
    public static class Key implements Serializable {

        public UUID packetId;
        public String reviewer;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(packetId, key.packetId) && Objects.equals(reviewer, key.reviewer);
        }

        @Override
        public int hashCode() {
            return Objects.hash(packetId, reviewer);
        }
    }
}
