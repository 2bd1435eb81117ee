package com.careerplatform.comp.record;

import com.careerplatform.comp.band.Market;
import com.careerplatform.comp.band.Segment;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One change of a person's pay, in force from its effective date until the next change. */
@Entity
@Table(name = "comp_record")
public class CompRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    public String employeeId;

    public LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    public ChangeReason reason;

    public String frameworkSlug;

    public String levelCode;

    @Enumerated(EnumType.STRING)
    public Market market;

    @Enumerated(EnumType.STRING)
    public Segment segment;

    public String currency;
    public BigDecimal base;

    public BigDecimal bonusTargetPercent;

    public BigDecimal equityAnnualValue;

    @Enumerated(EnumType.STRING)
    public Sex sex;

    public String note;

    public String createdBy;

    public OffsetDateTime createdAt;

    /** Base plus target bonus plus annual equity: what a total-comp band is compared with. */
    public BigDecimal totalComp() {
        BigDecimal bonus = base.multiply(bonusTargetPercent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
        return base.add(bonus).add(equityAnnualValue);
    }

    /** The person's change in force on {@code day}, if any. */
    public static Optional<CompRecord> inForce(String employeeId, LocalDate day) {
        return find("employeeId = ?1 and effectiveFrom <= ?2 order by effectiveFrom desc", employeeId, day)
                .firstResultOptional();
    }

    /** The person's changes, newest first; one change a day (a unique key), so the order is total. */
    public static PanacheQuery<CompRecord> history(String employeeId) {
        return find("employeeId = ?1 order by effectiveFrom desc", employeeId);
    }

    /** Every person's record in force on {@code day}. */
    public static List<CompRecord> inForceOn(LocalDate day) {
        return list("select c from CompRecord c where c.effectiveFrom = (select max(r.effectiveFrom) from CompRecord r"
                + " where r.employeeId = c.employeeId and r.effectiveFrom <= ?1)", day);
    }
}
