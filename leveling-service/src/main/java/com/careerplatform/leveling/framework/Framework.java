package com.careerplatform.leveling.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A leveling framework such as {@code ai-engineer}; its content lives in numbered versions. */
@Entity
public class Framework extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    /** The published version portals read by default; null until the first publish. */
    public Integer currentVersion;

    public OffsetDateTime createdAt;

    public static Optional<Framework> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static List<String> knownSlugs() {
        return Framework.<Framework>list("order by slug").stream().map(framework -> framework.slug).toList();
    }
}
