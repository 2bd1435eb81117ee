package com.careerplatform.leveling.ladder;

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
import java.time.OffsetDateTime;
import java.util.Comparator;

/**
 * One mapping: a company's label means an internal level, says a source, as it states it or as the platform
 * reads it ({@link Basis}), with the confidence the platform gives it.
 */
@Entity
@Table(name = "ladder_edge")
public class LadderEdge extends PanacheEntityBase {

    /** Orders edges of one label from least to most preferred. */
    static final Comparator<LadderEdge> PREFERENCE = Comparator.<LadderEdge, Confidence>comparing(edge -> edge.confidence)
            .thenComparing(edge -> edge.id);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ladder_id")
    public CompanyLadder ladder;

    public String label;

    public String levelCode;

    public String source;

    @Enumerated(EnumType.STRING)
    public Confidence confidence;

    @Enumerated(EnumType.STRING)
    public Basis basis;

    public int position;

    public String createdBy;

    public OffsetDateTime createdAt;
}
