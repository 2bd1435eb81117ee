package com.careerplatform.promotion.cycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A promotion cycle run by HR against one leveling framework. */
@Entity
@Table(name = "promotion_cycle")
public class PromotionCycle extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String frameworkSlug;

    public LocalDate submissionOpens;

    public LocalDate submissionCloses;

    @Enumerated(EnumType.STRING)
    public CycleStatus status;

    @Version
    public int revision;

    public String createdBy;

    public OffsetDateTime createdAt;

    /** The strong validator of the cycle's representation: changes with every edit and when it closes. */
    public String etag() {
        return "cycle." + id + ".r" + revision;
    }

    /** Whether a packet may be submitted on {@code day}: the cycle is open and the day lies in its window. */
    public boolean acceptsSubmissionsOn(LocalDate day) {
        return status == CycleStatus.OPEN && !day.isBefore(submissionOpens) && !day.isAfter(submissionCloses);
    }
}
