package org.multisitecrm.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The MariaDB data source. Its address and credentials come from MicroProfile Config ({@code db.url},
 * {@code db.user}, {@code db.password}): the launcher sets them, and {@code DB_URL} and friends
 * override them from the environment.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = CrmDataSource.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32)
public class CrmDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/crm";
}
