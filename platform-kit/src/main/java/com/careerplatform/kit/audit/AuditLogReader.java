package com.careerplatform.kit.audit;

import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads a service's audit log, newest first, optionally for one resource type and id. */
@ApplicationScoped
public class AuditLogReader {

    private static final String FILTER = " where (cast(? as varchar) is null or resource_type = ?)"
            + " and (cast(? as varchar) is null or resource_id = ?)";

    private final DataSource dataSource;

    AuditLogReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public PageView<AuditEntryView> read(String resourceType, String resourceId, PageParams page) {
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement("select count(*) from audit_log" + FILTER)) {
                bind(count, resourceType, resourceId);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<AuditEntryView> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select id, occurred_at, actor, request_id, action,"
                    + " resource_type, resource_id, before::text, after::text from audit_log" + FILTER
                    + " order by id desc limit ? offset ?")) {
                bind(select, resourceType, resourceId);
                select.setInt(5, page.size);
                select.setLong(6, (long) page.page * page.size);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new AuditEntryView(rows.getLong(1),
                                rows.getTimestamp(2).toInstant().atOffset(ZoneOffset.UTC), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                                rows.getString(8), rows.getString(9)));
                    }
                }
            }
            return PageView.of(entries, page, total);
        } catch (SQLException e) {
            throw new IllegalStateException("audit log cannot be read", e);
        }
    }

    private static void bind(PreparedStatement statement, String resourceType, String resourceId) throws SQLException {
        statement.setString(1, resourceType);
        statement.setString(2, resourceType);
        statement.setString(3, resourceId);
        statement.setString(4, resourceId);
    }
}
