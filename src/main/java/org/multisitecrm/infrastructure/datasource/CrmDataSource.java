package org.multisitecrm.infrastructure.datasource;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The MariaDB data source. Its address and credentials come from MicroProfile Config ({@code db.url},
 * {@code db.user}, {@code db.password}): the launcher sets them, and {@code DB_URL} and friends
 * override them from the environment. The pool is set up to fail fast and heal: see the properties.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = CrmDataSource.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        loginTimeout = 3,
        properties = {
                // A request waits at most this long for a connection: with the database gone it answers 503 in seconds
                "fish.payara.max-wait-time-in-millis=3000",
                // A pooled connection is checked before use, and one failure drops them all: the pool heals itself
                // when the database comes back instead of handing out dead connections
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
                "fish.payara.validate-atmost-once-period-in-seconds=2",
                "fish.payara.fail-all-connections=true",
                "fish.payara.connection-creation-retry-attempts=0"})
public class CrmDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/crm";
}
