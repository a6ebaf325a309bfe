package org.multisitecrm.catalog;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.datasource.CrmDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * How many characters each text column holds, read once from the schema itself: a value too long is
 * refused as a 400 naming the field before any row is looked at, rather than by the database halfway
 * through a write (or not at all when the where matches nothing).
 */
@ApplicationScoped
public class ColumnLengths {

    @Resource(lookup = CrmDataSource.JNDI_NAME)
    private DataSource dataSource;

    private volatile Map<String, Long> lengths;

    /** The most characters the field's column holds, when it is text. */
    public OptionalLong of(CatalogEntity entity, String column) {
        Long length = all().get(tableOf(entity) + "." + column.toLowerCase(Locale.ROOT));
        return length == null ? OptionalLong.empty() : OptionalLong.of(length);
    }

    private Map<String, Long> all() {
        Map<String, Long> known = lengths;
        if (known != null) {
            return known;
        }
        Map<String, Long> read = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_MAXIMUM_LENGTH FROM information_schema.COLUMNS"
                             + " WHERE TABLE_SCHEMA = DATABASE() AND CHARACTER_MAXIMUM_LENGTH IS NOT NULL");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                read.put((rs.getString(1) + "." + rs.getString(2)).toLowerCase(Locale.ROOT), rs.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the column lengths of the schema: " + e.getMessage(), e);
        }
        lengths = Map.copyOf(read);
        return lengths;
    }

    private static String tableOf(CatalogEntity entity) {
        Table table = entity.jpaClass().getAnnotation(Table.class);
        return (table == null || table.name().isEmpty() ? entity.jpaName() : table.name()).toLowerCase(Locale.ROOT);
    }
}
