package com.careerplatform.leveling.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/** A level a person holds from {@link #effectiveFrom} until their next change takes effect. */
@Entity
@Table(name = "person_level_change")
public class LevelChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;

    public String employeeId;

    public LocalDate effectiveFrom;

    public String frameworkSlug;

    public int frameworkVersion;

    public String level;

    @Enumerated(EnumType.STRING)
    public LevelChangeReason reason;

    public String sourceId;

    public UUID sourceEventId;

    public String note;

    public String recordedBy;

    public OffsetDateTime recordedAt;

    private static final Sort LATEST_FIRST = Sort.descending("effectiveFrom", "seq");

    /** The change in force on {@code day}: the latest to take effect on or before it. */
    public static Optional<LevelChange> inForce(String employeeId, LocalDate day) {
        return find("employeeId = ?1 and effectiveFrom <= ?2", LATEST_FIRST, employeeId, day).firstResultOptional();
    }

    /** One page of a person's changes, the latest to take effect first. */
    public static List<LevelChange> history(String employeeId, Page page) {
        return find("employeeId", LATEST_FIRST, employeeId).page(page).list();
    }

    public static long countOf(String employeeId) {
        return count("employeeId", employeeId);
    }

    public static Optional<LevelChange> promotionFrom(String packetId) {
        return find("reason = ?1 and sourceId = ?2", LevelChangeReason.PROMOTED, packetId).firstResultOptional();
    }
}
