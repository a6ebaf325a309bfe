package org.multisitecrm.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import org.multisitecrm.infrastructure.status.SystemCheck;
import org.multisitecrm.infrastructure.status.SystemFacts;
import org.multisitecrm.infrastructure.status.SystemStatus;

import java.util.List;
import java.util.Map;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * The database schema: behind the code when migrations the code holds were not applied (a check), and
 * its version with the database server's (facts).
 */
@ApplicationScoped
public class SchemaCheck implements SystemCheck, SystemFacts {

    @Inject
    private SchemaMigration migration;

    @Override
    public List<SystemStatus> check() {
        List<String> pending = migration.pending();
        if (pending.isEmpty()) {
            return SystemStatus.none();
        }
        return List.of(SystemStatus.error("checkDbSchema", "Database schema behind the code",
                pending.size() + " migrations are not applied (" + String.join(", ", pending) + "): restart the server so it applies them."));
    }

    @Override
    public Map<String, JsonValue> facts() {
        String[] versions = migration.versions();
        return Map.of("schema_version", JSON.createValue(versions[0]),
                "mysql", JSON.createObjectBuilder().add("product", versions[1]).add("version", versions[2]).build());
    }
}
