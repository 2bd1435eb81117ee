package com.careerplatform.leveling.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One committee member's vote on a decision: a level, or a recusal; dissent noted in words. */
@Entity
@Table(name = "decision_vote")
@IdClass(DecisionVote.Key.class)
public class DecisionVote extends PanacheEntityBase {

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id")
    public LevelingDecision decision;

    @Id
    public String voter;

    public String level;
    public boolean recused;
    public String dissent;

    public OffsetDateTime castAt;

    /** The composite key: decision and voter. */
    public static class Key implements Serializable {

        public UUID decision;
        public String voter;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(decision, key.decision) && Objects.equals(voter, key.voter);
        }

        @Override
        public int hashCode() {
            return Objects.hash(decision, voter);
        }
    }
}
