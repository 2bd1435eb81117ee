package com.careerplatform.leveling.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Optional;

/** A leveling framework such as {@code ai-engineer}; its content lives in versions. */
@Entity
public class Framework extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String name;
    public String description;
    public String source;

    @Column(name = "current_version")
    public Integer currentVersion;

    public static Optional<Framework> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
