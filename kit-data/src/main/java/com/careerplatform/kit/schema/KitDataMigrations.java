package com.careerplatform.kit.schema;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Migrates the tables of kit-data's parts (db/kit-data) at start, after the service's own migrations and
 * before anything else runs, with a schema history of their own ({@code kit_data_schema_history}): their
 * versions never meet the service's. The schema is never empty by then (the service's tables), so the
 * history starts from a baseline of version 0.
 */
@ApplicationScoped
public class KitDataMigrations {

    public static final String LOCATION = "classpath:db/kit-data";
    public static final String HISTORY_TABLE = "kit_data_schema_history";

    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start, DataSource dataSource) {
        Flyway.configure(KitDataMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
