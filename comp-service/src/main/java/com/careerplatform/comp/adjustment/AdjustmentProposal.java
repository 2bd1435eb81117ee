package com.careerplatform.comp.adjustment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A proposed pay change that moves a person into their new level's band. */
@Entity
@Table(name = "adjustment_proposal")
public class AdjustmentProposal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "employee_id")
    public String employeeId;

    @Column(name = "framework_slug")
    public String frameworkSlug;

    @Column(name = "new_level")
    public String newLevel;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "source_event_id")
    public String sourceEventId;

    @Enumerated(EnumType.STRING)
    public ProposalStatus status;

    @Column(name = "current_record")
    public UUID currentRecord;

    @Column(name = "band_id")
    public UUID bandId;

    @Column(name = "proposed_base")
    public BigDecimal proposedBase;

    @Column(name = "decision_note")
    public String decisionNote;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
}
