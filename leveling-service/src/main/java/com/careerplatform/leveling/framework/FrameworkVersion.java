package com.careerplatform.leveling.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One numbered version of a framework: its axes and levels. */
@Entity
@Table(name = "framework_version")
public class FrameworkVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    public Framework framework;

    public int number;

    @Enumerated(EnumType.STRING)
    public VersionStatus status;

    @Column(name = "axes_note")
    public String axesNote;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @OneToMany(mappedBy = "version", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<Axis> axes = new ArrayList<>();

    @OneToMany(mappedBy = "version", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<Level> levels = new ArrayList<>();
}
