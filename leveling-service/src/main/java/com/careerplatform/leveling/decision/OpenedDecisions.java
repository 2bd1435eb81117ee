package com.careerplatform.leveling.decision;

import com.careerplatform.kit.json.RenderedJson;
import com.careerplatform.kit.sql.Statements;
import com.careerplatform.kit.transaction.InsertsAtCommit;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Opening a decision in plain JDBC on the transaction's connection: the chair looked up in the people record, and
 * the decision's row held until commit and sent with its audit entry and its idempotent answer, three inserts in
 * one round trip ({@link InsertsAtCommit}). Opening is the busiest write there is; through Hibernate it also opened
 * a session, copied the signals through JSON when persisting and flushed the row in a round trip of its own.
 */
@ApplicationScoped
class OpenedDecisions {

    private static final String ACTIVE_USER_NAME =
            "select user_name from person where lower(user_name) = lower(?) and active limit 1";
    private static final String INSERT = """
            insert into leveling_decision (id, candidate_id, framework_slug, framework_version, proposed_level, rationale,
                                           chair, status, signals, supersedes, created_by, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)
            """;

    private final DataSource dataSource;
    private final InsertsAtCommit inserts;
    private final ObjectMapper mapper;

    OpenedDecisions(DataSource dataSource, InsertsAtCommit inserts, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.inserts = inserts;
        this.mapper = mapper;
    }

    /** The active person with this userName in any case, spelled as the record spells it (as their token names them). */
    Optional<String> activeUserName(String userName) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = Statements.prepare(connection, ACTIVE_USER_NAME, userName);
                ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("the people record could not be read", e);
        }
    }

    /** Writes {@code decision}, opened by this transaction, when the transaction commits. */
    void insertAtCommit(LevelingDecision decision) {
        inserts.add(INSERT, decision.id, decision.candidateId, decision.frameworkSlug, decision.frameworkVersion,
                decision.proposedLevel, decision.rationale, decision.chair, decision.status.name(),
                RenderedJson.of(mapper, decision.signals).text(), decision.supersedes, decision.createdBy, decision.createdAt);
    }
}
