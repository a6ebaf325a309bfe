package org.multisitecrm.tenancy.separation;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import org.multisitecrm.infrastructure.datasource.CrmDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Checks the separation table against the migrated schema: a {@code domain} entity's table has a NOT
 * NULL {@code domain_id}, an {@code optional} one a nullable {@code domain_id}, a {@code shared} one
 * none. When they disagree the start is refused with every table's problem and the exact SQL of the
 * migration that would bring the schema in line. (How the column is mapped was decided from the same
 * table when the persistence unit deployed.)
 */
@ApplicationScoped
public class SeparationSchemaCheck {

    private static final Logger LOG = Logger.getLogger(SeparationSchemaCheck.class.getName());

    /** The lines around the SQL in the refusal, for operators' scripts (and the flip test) to cut it out. */
    public static final String SQL_BEGIN = "-- BEGIN suggested migration";
    public static final String SQL_END = "-- END suggested migration";

    @Resource(lookup = CrmDataSource.JNDI_NAME)
    private DataSource dataSource;

    @PersistenceUnit(unitName = "crm")
    private EntityManagerFactory emf;

    public void verify() {
        SeparationTable table = SeparationTable.load();
        try (Connection connection = dataSource.getConnection()) {
            List<String> problems = new ArrayList<>();
            List<String> sql = new ArrayList<>();
            for (EntityType<?> entity : sorted(emf.getMetamodel().getEntities())) {
                SeparationRule rule = table.ruleFor(entity.getName()).orElseThrow();
                String tableName = tableOf(entity);
                DomainColumn column = domainColumn(connection, tableName);
                String problem = column.problemUnder(rule.mode());
                if (problem != null) {
                    problems.add("Entity " + entity.getName() + " is '" + rule.mode().label() + "' in " + table.source()
                            + " line " + rule.line() + " but its table " + tableName + " " + problem);
                    sql.add("-- " + entity.getName() + " -> " + rule.mode().label());
                    sql.addAll(SeparationMigrationSql.statements(tableName, rule.mode(), column));
                }
            }
            if (!problems.isEmpty()) {
                String refusal = String.join("\n", problems)
                        + "\nAdd a migration that brings the schema in line (README, 'Moving an entity to per-domain'),"
                        + " for instance as " + suggestedFile(connection) + ":\n"
                        + (hasDomains(connection) ? "" : "(No domain exists yet to own the existing rows: start once with the"
                                + " table as shipped, so that the domains are created, then flip the row.)\n")
                        + SQL_BEGIN + "\n" + String.join("\n", sql) + "\n" + SQL_END;
                LOG.severe(refusal);
                throw new SeparationTableException(refusal);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema to check the separation table: " + e.getMessage(), e);
        }
    }

    private static List<EntityType<?>> sorted(Iterable<EntityType<?>> entities) {
        Map<String, EntityType<?>> byName = new TreeMap<>();
        entities.forEach(entity -> byName.put(entity.getName(), entity));
        return List.copyOf(byName.values());
    }

    /** JPA's default table name is the entity name. */
    private static String tableOf(EntityType<?> entity) {
        Table table = entity.getJavaType().getAnnotation(Table.class);
        String name = table == null || table.name().isEmpty() ? entity.getName() : table.name();
        return name.toLowerCase(Locale.ROOT);
    }

    private static DomainColumn domainColumn(Connection connection, String table) throws SQLException {
        Optional<Boolean> nullable = Optional.empty();
        try (PreparedStatement statement = connection.prepareStatement("SELECT IS_NULLABLE FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
            statement.setString(1, table);
            statement.setString(2, DomainColumn.NAME);
            try (ResultSet rs = statement.executeQuery()) {
                if (rs.next()) {
                    nullable = Optional.of("YES".equals(rs.getString(1)));
                }
            }
        }
        List<String> foreignKeys = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT CONSTRAINT_NAME FROM information_schema.KEY_COLUMN_USAGE"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ? AND REFERENCED_TABLE_NAME IS NOT NULL"
                + " ORDER BY CONSTRAINT_NAME")) {
            statement.setString(1, table);
            statement.setString(2, DomainColumn.NAME);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    foreignKeys.add(rs.getString(1));
                }
            }
        }
        Map<String, List<String>> uniqueKeys = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND NON_UNIQUE = 0 AND INDEX_NAME <> 'PRIMARY'"
                + " ORDER BY INDEX_NAME, SEQ_IN_INDEX")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    uniqueKeys.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return nullable.map(n -> new DomainColumn(true, n, List.copyOf(foreignKeys), uniqueKeys))
                .orElseGet(() -> DomainColumn.absent(uniqueKeys));
    }

    private static boolean hasDomains(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM civicrm_domain LIMIT 1");
             ResultSet rs = statement.executeQuery()) {
            return rs.next();
        }
    }

    /** A name Flyway orders right after the schema's current version, in the operator's migrations folder. */
    private static String suggestedFile(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT version FROM flyway_schema_history"
                + " WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1");
             ResultSet rs = statement.executeQuery()) {
            String version = rs.next() ? rs.getString(1) : "1";
            return "migrations/V" + version + ".1__separation.sql in the configuration folder (CRM_CONFIG_DIR)";
        }
    }
}
