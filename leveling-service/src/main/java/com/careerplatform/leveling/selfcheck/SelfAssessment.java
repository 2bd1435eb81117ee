package com.careerplatform.leveling.selfcheck;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One employee's answers to their framework's checklist on one day. */
@Entity
@Table(name = "self_assessment")
public class SelfAssessment extends PanacheEntityBase {

    @Id
    public UUID id;

    public String employeeId;

    public String frameworkSlug;

    public int frameworkVersion;

    public LocalDate takenOn;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Answer> answers;

    public OffsetDateTime createdAt;

    /** The answer to item {@code item} (from 1) of the checklist, with the employee's own note. */
    public record Answer(int item, boolean checked, String note) {
    }

    static List<SelfAssessment> of(String employeeId, int page, int size) {
        return find("employeeId", Sort.descending("takenOn", "createdAt"), employeeId).page(page, size).list();
    }

    static long countOf(String employeeId) {
        return count("employeeId", employeeId);
    }
}
