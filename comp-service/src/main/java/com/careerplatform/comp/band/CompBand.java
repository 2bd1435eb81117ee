package com.careerplatform.comp.band;

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
    @Column(name = "series_id")
    public UUID seriesId;

    @Column(name = "framework_slug")
    public String frameworkSlug;

    @Column(name = "level_code")
    public String levelCode;

    @Enumerated(EnumType.STRING)
    public Market market;

    @Enumerated(EnumType.STRING)
    public Segment segment;

    public String currency;

    @Column(name = "total_comp_min")
    public BigDecimal totalCompMin;

    @Column(name = "total_comp_max")
    public BigDecimal totalCompMax;

    @Column(name = "open_ended")
    public boolean openEnded;

    @Enumerated(EnumType.STRING)
    @Column(name = "equity_note")
    public EquityNote equityNote;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(name = "source_label")
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

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
