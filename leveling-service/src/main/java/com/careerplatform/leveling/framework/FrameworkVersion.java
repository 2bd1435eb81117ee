package com.careerplatform.leveling.framework;

import com.careerplatform.leveling.framework.content.FrameworkContent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One numbered version of a framework and its content. */
@Entity
@Table(name = "framework_version")
public class FrameworkVersion extends PanacheEntityBase {

    /** The highest version number: every endpoint that names a version accepts at most this one. */
    public static final int MAX_NUMBER = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    public Framework framework;

    public int number;

    @Enumerated(EnumType.STRING)
    public VersionStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    public FrameworkContent content;

    @Version
    public int revision;

    public String createdBy;

    public OffsetDateTime createdAt;

    public String publishedBy;

    public OffsetDateTime publishedAt;

    public boolean isDraft() {
        return status == VersionStatus.DRAFT;
    }

    /**
     * The strong validator of this version's representation: a draft's changes with every edit; a published
     * version never changes, so its number is enough, and it is the ETag every read of that version gives.
     */
    public String etag() {
        return isDraft() ? framework.slug + ".v" + number + ".r" + revision : framework.slug + ".v" + number;
    }

    public static Optional<FrameworkVersion> find(Framework framework, int number) {
        return find("framework = ?1 and number = ?2", framework, number).firstResultOptional();
    }

    /** The version numbers of a framework, oldest first, without loading their content. */
    public static List<Integer> numbers(Framework framework, boolean withDrafts) {
        return getEntityManager().createQuery("select v.number from FrameworkVersion v where v.framework = :framework"
                        + " and v.status in :statuses order by v.number", Integer.class)
                .setParameter("framework", framework)
                .setParameter("statuses", withDrafts ? List.of(VersionStatus.values()) : List.of(VersionStatus.PUBLISHED))
                .getResultList();
    }

    public static Optional<FrameworkVersion> draftOf(Framework framework) {
        return find("framework = ?1 and status = ?2", framework, VersionStatus.DRAFT).firstResultOptional();
    }
}
