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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the separation table against the migrated schema: a {@code domain} entity's table has a NOT
 * NULL {@code domain_id}, an {@code optional} one a nullable {@code domain_id}, a {@code shared} one
 * none. (The entity classes were checked when the persistence unit deployed.)
 */
@ApplicationScoped
public class SeparationSchemaCheck {

    @Resource(lookup = CrmDataSource.JNDI_NAME)
    private DataSource dataSource;

    @PersistenceUnit(unitName = "crm")
    private EntityManagerFactory emf;

    public void verify() {
        SeparationTable table = SeparationTable.load();
        Map<String, Boolean> domainColumnNullable = domainColumns();
        for (EntityType<?> entity : emf.getMetamodel().getEntities()) {
            SeparationRule rule = table.ruleFor(entity.getName()).orElseThrow();
            if (rule.mode() == SeparationMode.TENANCY) {
                continue;
            }
            String tableName = tableOf(entity);
            Boolean nullable = domainColumnNullable.get(tableName);
            String problem = switch (rule.mode()) {
                case DOMAIN -> nullable == null ? "has no domain_id column" : nullable ? "has a nullable domain_id" : null;
                case OPTIONAL -> nullable == null ? "has no domain_id column" : nullable ? null : "has a NOT NULL domain_id";
                case SHARED -> nullable == null ? null : "has a domain_id column";
                case TENANCY -> null;
            };
            if (problem != null) {
                throw new SeparationTableException("Entity " + entity.getName() + " is '" + rule.mode().label() + "' in "
                        + table.source() + " line " + rule.line() + " but its table " + tableName + " " + problem
                        + ": add a migration that brings the schema in line (see README, 'Moving an entity to per-domain')");
            }
        }
    }

    /** JPA's default table name is the entity name. */
    private static String tableOf(EntityType<?> entity) {
        Table table = entity.getJavaType().getAnnotation(Table.class);
        String name = table == null || table.name().isEmpty() ? entity.getName() : table.name();
        return name.toLowerCase(Locale.ROOT);
    }

    private Map<String, Boolean> domainColumns() {
        Map<String, Boolean> nullable = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT TABLE_NAME, IS_NULLABLE FROM information_schema.COLUMNS"
                             + " WHERE TABLE_SCHEMA = DATABASE() AND COLUMN_NAME = 'domain_id'");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                nullable.put(rs.getString(1).toLowerCase(Locale.ROOT), "YES".equals(rs.getString(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema to check the separation table: " + e.getMessage(), e);
        }
        return nullable;
    }
}
