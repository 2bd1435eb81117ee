package com.careerplatform.kit.audit;

import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.sql.SqlPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
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
        return SqlPages.read(dataSource, "id, occurred_at, actor, request_id, action, resource_type, resource_id,"
                + " before::text, after::text", "from audit_log" + FILTER, "id desc", page,
                rows -> new AuditEntryView(rows.getLong(1), rows.getTimestamp(2).toInstant().atOffset(ZoneOffset.UTC),
                        rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                        rows.getString(8), rows.getString(9)),
                resourceType, resourceType, resourceId, resourceId);
    }
}
