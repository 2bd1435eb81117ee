package com.careerplatform.promotion.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One piece of evidence in a packet: an RFC, a design doc, a talk, an incident led, … */
@Entity
@Table(name = "evidence_item")
public class EvidenceItem extends PanacheEntityBase {

    /**
     * The most evidence a packet holds: enough to meet the strictest bar rule a framework may set (100
     * pieces), few enough that a portal shows a packet's evidence whole.
     */
    public static final int MAX_PER_PACKET = 100;

    @Id
    public UUID id;

    public UUID packetId;

    @Enumerated(EnumType.STRING)
    public EvidenceKind kind;

    public String title;
    public String url;

    public LocalDate happenedOn;

    @Enumerated(EnumType.STRING)
    public EvidenceRole role;

    @Enumerated(EnumType.STRING)
    public DocStatus docStatus;

    /** Axis codes of the framework this evidence supports. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> axes;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Competency> competencies;

    public String impact;

    public OffsetDateTime createdAt;

    public static List<EvidenceItem> ofPacket(UUID packetId) {
        return list("packetId = ?1 order by happenedOn, createdAt", packetId);
    }
}
