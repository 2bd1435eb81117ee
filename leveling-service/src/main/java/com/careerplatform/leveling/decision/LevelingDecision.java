package com.careerplatform.leveling.decision;

import com.careerplatform.kit.paging.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A hiring committee's leveling decision for one candidate. */
@Entity
@Table(name = "leveling_decision")
public class LevelingDecision extends PanacheEntityBase {

    @Id
    public UUID id;

    public String candidateId;

    public String frameworkSlug;

    public int frameworkVersion;

    public String proposedLevel;

    public String finalLevel;

    public String rationale;
    public String chair;

    @Enumerated(EnumType.STRING)
    public DecisionStatus status;

    /** As the committee recorded them when opening: never changed, so Hibernate keeps no copy to compare at flush. */
    @Immutable
    @JdbcTypeCode(SqlTypes.JSON)
    public List<RoundSignal> signals;

    public UUID supersedes;

    public String createdBy;

    public OffsetDateTime createdAt;

    public String finalizedBy;

    public OffsetDateTime finalizedAt;

    /**
     * The decision that corrects this one, read with it (a list page would otherwise ask once per
     * decision); the unique index on {@code supersedes} answers the subquery.
     */
    @Formula("(select c.id from leveling_decision c where c.supersedes = id)")
    public UUID supersededBy;

    // A page of the decision list loads the votes of all its decisions in one query.
    @OneToMany(mappedBy = "decision", cascade = CascadeType.PERSIST)
    @OrderBy("voter")
    @BatchSize(size = PageParams.MAX_SIZE)
    public List<DecisionVote> votes = new ArrayList<>();

    public boolean isFinal() {
        return status == DecisionStatus.FINAL;
    }

    public long countingVotes() {
        return votes.stream().filter(vote -> !vote.recused).count();
    }

    public Optional<DecisionVote> voteOf(String voter) {
        return votes.stream().filter(vote -> vote.voter.equals(voter)).findFirst();
    }
}
