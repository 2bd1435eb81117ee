package com.careerplatform.promotion.packet;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

    @Column(name = "cycle_id")
    public UUID cycleId;

    @Column(name = "employee_id")
    public String employeeId;

    @Column(name = "manager_id")
    public String managerId;

    @Column(name = "framework_slug")
    public String frameworkSlug;

    @Column(name = "current_level")
    public String currentLevel;

    @Column(name = "target_level")
    public String targetLevel;

    @Enumerated(EnumType.STRING)
    public Archetype archetype;

    public String narrative;

    /** Per axis code, the employee's own account. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "self_assessment")
    public Map<String, String> selfAssessment;

    @Enumerated(EnumType.STRING)
    public PacketStatus status;

    @Version
    public int revision;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "endorsed_by")
    public String endorsedBy;

    @Column(name = "endorsed_at")
    public OffsetDateTime endorsedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_feedback")
    public String decisionFeedback;

    /** The strong validator of the packet's representation: changes with every edit. */
    public String etag() {
        return "packet." + id + ".r" + revision;
    }
}
