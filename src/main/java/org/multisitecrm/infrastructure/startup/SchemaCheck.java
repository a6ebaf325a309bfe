package org.multisitecrm.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.infrastructure.status.SystemCheck;
import org.multisitecrm.infrastructure.status.SystemFacts;
import org.multisitecrm.infrastructure.status.SystemStatus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * The database schema: behind the code when its newest applied migration is older than the newest the
 * code holds (a check; a restored backup, say), and its version with the database server's (facts).
 * Both read the request's own connection, inside its transaction, with one small query.
 */
@ApplicationScoped
public class SchemaCheck implements SystemCheck, SystemFacts {

    @Inject
    private SchemaMigration migration;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public List<SystemStatus> check() {
        String applied = appliedVersion();
        String expected = migration.expectedVersion();
        if (compare(applied, expected) >= 0) {
            return SystemStatus.none();
        }
        return List.of(SystemStatus.error("checkDbSchema", "Database schema behind the code",
                "The database is at schema version " + applied + " but this code needs " + expected
                        + ": restart the server so it applies the missing migrations."));
    }

    @Override
    public Map<String, JsonValue> facts() {
        try {
            var meta = connection().getMetaData();
            return Map.of("schema_version", JSON.createValue(appliedVersion()),
                    "mysql", JSON.createObjectBuilder().add("product", meta.getDatabaseProductName())
                            .add("version", meta.getDatabaseProductVersion()).build());
        } catch (SQLException e) {
            throw new IllegalStateException("The database does not describe itself: " + e.getMessage(), e);
        }
    }

    private String appliedVersion() {
        try (Statement statement = connection().createStatement();
             ResultSet rs = statement.executeQuery("SELECT version FROM " + SchemaMigration.HISTORY_TABLE
                     + " WHERE success = 1 AND version IS NOT NULL")) {
            String newest = "0";
            while (rs.next()) {
                if (compare(rs.getString(1), newest) > 0) {
                    newest = rs.getString(1);
                }
            }
            return newest;
        } catch (SQLException e) {
            throw new IllegalStateException("The schema history cannot be read: " + e.getMessage(), e);
        }
    }

    /** The request's connection, enlisted in its transaction; the container closes it. */
    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    /** One part of a version as a number; an operator's odd part ("1a", "") counts by its digits, never fails the check. */
    private static long number(String part) {
        String digits = part.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits.length() > 18 ? digits.substring(0, 18) : digits);
    }

    /** Flyway's version order: dotted numbers compared part by part. */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? number(x[i]) : 0;
            long q = i < y.length ? number(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }
}
