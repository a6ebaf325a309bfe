package org.multisitecrm.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.multisitecrm.infrastructure.datasource.CrmDataSource;
import org.multisitecrm.infrastructure.startup.StartupState;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** UP once the start-up sequence finished and while the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Inject
    private StartupState startup;

    @Resource(lookup = CrmDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        boolean migrated = startup.isReady();
        boolean databaseAnswers = databaseAnswers();
        return HealthCheckResponse.named("database")
                .status(migrated && databaseAnswers)
                .withData("migrated", migrated)
                .withData("database", databaseAnswers)
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
