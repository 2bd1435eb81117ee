package com.careerplatform.promotion.packet;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An employee's case for the next level in a promotion cycle. */
@Entity
@Table(name = "promotion_packet")
public class PromotionPacket extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID cycleId;

    public String employeeId;

    public String managerId;

    public String frameworkSlug;

    public String currentLevel;

    public String targetLevel;

    @Enumerated(EnumType.STRING)
    public Archetype archetype;

    public String narrative;

    /** Per axis code, the employee's own account. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> selfAssessment;

    @Enumerated(EnumType.STRING)
    public PacketStatus status;

    @Version
    public int revision;

    public String createdBy;

    public OffsetDateTime createdAt;

    public OffsetDateTime submittedAt;

    public String endorsedBy;

    public OffsetDateTime endorsedAt;

    public String decidedBy;

    public OffsetDateTime decidedAt;

    public String decisionFeedback;

    /** The strong validator of the packet's representation: changes with every edit. */
    public String etag() {
        return "packet." + id + ".r" + revision;
    }
}
