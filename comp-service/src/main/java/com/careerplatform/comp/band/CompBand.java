package com.careerplatform.comp.band;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A total-comp band for a level × market × segment, in force over an effective-date range. */
@Entity
@Table(name = "comp_band")
public class CompBand extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The band across its effective-dated versions. */
    public UUID seriesId;

    public String frameworkSlug;

    public String levelCode;

    @Enumerated(EnumType.STRING)
    public Market market;

    @Enumerated(EnumType.STRING)
    public Segment segment;

    public String currency;

    public BigDecimal totalCompMin;

    public BigDecimal totalCompMax;

    public boolean openEnded;

    @Enumerated(EnumType.STRING)
    public EquityNote equityNote;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    public LocalDate effectiveFrom;

    public LocalDate effectiveTo;

    public String sourceLabel;

    public String source;

    @JdbcTypeCode(SqlTypes.JSON)
    public ComponentGuidance guidance;

    /** The band of a level, market and segment in force on {@code day}, if any. */
    public static Optional<CompBand> inForce(String framework, String level, Market market, Segment segment, LocalDate day) {
        return find("frameworkSlug = ?1 and levelCode = ?2 and market = ?3 and segment = ?4"
                        + " and effectiveFrom <= ?5 and (effectiveTo is null or effectiveTo >= ?5) order by effectiveFrom desc",
                framework, level, market, segment, day).firstResultOptional();
    }

    public String createdBy;

    public OffsetDateTime createdAt;
}
