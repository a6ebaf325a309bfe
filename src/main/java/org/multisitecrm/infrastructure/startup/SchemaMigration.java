package org.multisitecrm.infrastructure.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.multisitecrm.infrastructure.config.ConfigFolder;
import org.multisitecrm.infrastructure.datasource.CrmDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with Flyway: the product's migrations, then the site's own from the
 * configuration folder's {@code migrations/} (how an operator flips a row of the separation table
 * without a new build), ordered together by version. A database that already holds tables but no Flyway
 * history is somebody else's (an existing CiviCRM, say): it is refused untouched, never baselined.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
    static final String HISTORY_TABLE = "flyway_schema_history";
    private static final String PRODUCT_MIGRATIONS = "classpath:db/migration";

    @Resource(lookup = CrmDataSource.JNDI_NAME)
    private DataSource dataSource;

    private volatile String expectedVersion = "0";

    public void migrate() {
        refuseForeignSchema();
        try {
            List<String> locations = locations();
            Flyway flyway = flyway(locations);
            MigrateResult result = flyway.migrate();
            expectedVersion = java.util.Arrays.stream(flyway.info().all()).map(m -> m.getVersion())
                    .filter(java.util.Objects::nonNull).max(Comparable::compareTo).map(v -> v.getVersion()).orElse("0");
            LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                    + " migrations applied now, from " + String.join(" and ", locations) + ")");
        } catch (FlywayException e) {
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        }
    }

    /**
     * The newest migration this code holds, read once at start: what the database's schema should be at.
     * Nothing asks Flyway during a request, whose connection belongs to the request's transaction.
     */
    public String expectedVersion() {
        return expectedVersion;
    }

    private static List<String> locations() {
        List<String> locations = new ArrayList<>(List.of(PRODUCT_MIGRATIONS));
        ConfigFolder.migrations().ifPresent(dir -> locations.add("filesystem:" + dir.toAbsolutePath()));
        return locations;
    }

    private Flyway flyway(List<String> locations) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .table(HISTORY_TABLE)
                .baselineOnMigrate(false)
                .cleanDisabled(true)
                .load();
    }

    private void refuseForeignSchema() {
        try (Connection connection = dataSource.getConnection()) {
            String schema = connection.getCatalog();
            List<String> tables = new ArrayList<>();
            boolean history = false;
            try (ResultSet rs = connection.getMetaData().getTables(schema, null, "%", new String[] {"TABLE", "VIEW"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    history |= HISTORY_TABLE.equalsIgnoreCase(table);
                    tables.add(table);
                }
            }
            if (!tables.isEmpty() && !history) {
                throw new ForeignDatabaseException("Refusing to start: database '" + schema + "' already holds "
                        + tables.size() + " tables (" + String.join(", ", tables.subList(0, Math.min(5, tables.size())))
                        + (tables.size() > 5 ? ", ..." : "") + ") and no " + HISTORY_TABLE
                        + " table, so it is not a Multisite CRM database. Nothing was changed. Point DB_URL at an empty database.");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
    }
}
