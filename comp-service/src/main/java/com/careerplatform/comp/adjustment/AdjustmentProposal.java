package com.careerplatform.comp.adjustment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public String employeeId;

    public String frameworkSlug;

    public String newLevel;

    public LocalDate effectiveFrom;

    public String sourceEventId;

    @Enumerated(EnumType.STRING)
    public ProposalStatus status;

    public UUID currentRecord;

    public UUID bandId;

    public BigDecimal proposedBase;

    public String decisionNote;

    public String createdBy;

    public OffsetDateTime createdAt;

    public String decidedBy;

    public OffsetDateTime decidedAt;
}
