package com.careerplatform.leveling.ladder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A company's level ladder and the edges mapping its labels to internal levels. */
@Entity
@Table(name = "company_ladder")
public class CompanyLadder extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String name;
    public String note;

    public String createdBy;

    public OffsetDateTime createdAt;

    @OneToMany(mappedBy = "ladder", cascade = CascadeType.PERSIST)
    @OrderBy("position, id")
    public List<LadderEdge> edges = new ArrayList<>();

    public static Optional<CompanyLadder> findByCode(String code) {
        return find("lower(code) = lower(?1)", code).firstResultOptional();
    }

    /** For each label (case-insensitive) the edge that wins: highest confidence, then the newest. */
    public Optional<LadderEdge> bestEdge(String label) {
        return edges.stream()
                .filter(edge -> edge.label.equalsIgnoreCase(label.strip()))
                .max(LadderEdge.PREFERENCE);
    }
}
