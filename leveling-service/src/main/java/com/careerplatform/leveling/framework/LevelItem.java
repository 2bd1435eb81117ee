package com.careerplatform.leveling.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import jakarta.persistence.Table;

/** One bullet of a level, kept with the framework section it comes from. */
@Entity
@Table(name = "level_item")
public class LevelItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "level_id")
    public Level level;

    @Enumerated(EnumType.STRING)
    public ItemKind kind;

    @Column(name = "axis_code")
    public String axisCode;

    public String section;

    @Column(name = "section_title")
    public String sectionTitle;

    @Column(name = "section_note")
    public String sectionNote;

    public String text;
    public int position;
}
