package org.multisitecrm.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.infrastructure.datasource.CrmDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * The number the database moves with every committed write of logins, API keys, roles, their
 * permissions and contact matches (triggers of {@code V31}): equal numbers mean nothing a caller is made
 * of has changed, whichever server or tool wrote. Read before any transaction of the request begins,
 * on a connection of its own.
 */
@ApplicationScoped
public class CallerGeneration {

    @Resource(lookup = CrmDataSource.JNDI_NAME)
    private DataSource dataSource;

    /** The current number; empty when the database cannot be asked (nothing kept may then be trusted). */
    public OptionalLong current() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement read = connection.prepareStatement("SELECT generation FROM crm_caller_generation WHERE id = 1");
             ResultSet row = read.executeQuery()) {
            return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
        } catch (SQLException e) {
            return OptionalLong.empty();
        }
    }
}
