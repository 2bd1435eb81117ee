package com.careerplatform.leveling.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A level (L3…L8) of a framework version with its bullets. */
@Entity
@Table(name = "framework_level")
public class Level extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    public FrameworkVersion version;

    public String code;
    public String stage;
    public String title;

    @Column(name = "years_from")
    public Integer yearsFrom;

    @Column(name = "years_to")
    public Integer yearsTo;

    public String summary;

    @Column(name = "source_section")
    public String sourceSection;

    public int position;

    @OneToMany(mappedBy = "level", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<LevelItem> items = new ArrayList<>();
}
