package org.multisitecrm.api4;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.multisitecrm.infrastructure.status.StatusBoard;
import org.multisitecrm.infrastructure.status.SystemFacts;
import org.multisitecrm.infrastructure.status.SystemStatus;
import org.multisitecrm.security.Access;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.security.Requirement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * CiviCRM's {@code System} pseudo-entity: {@code get} (what runs here: versions of the server, its
 * schema, Java and the database) and {@code check} (the status checks each capability contributes, for
 * the request's domain, most severe first, in CiviCRM's shape; a check the domain's status preferences
 * hush is answered with {@code is_visible: false} and {@code hidden_until}). Both need 'administer CiviCRM'.
 */
@ApplicationScoped
class SystemActions {

    static final String ENTITY = "System";
    private static final Set<String> PARAMS = Set.of("select", "where", "includeDisabled");

    @Inject
    private StatusBoard board;

    @Inject
    private Instance<SystemFacts> facts;


    List<JsonObject> run(String action, ApiParams params) {
        switch (action) {
            case "getActions" -> {
                return List.of(JSON.createObjectBuilder().add("name", "get").build(), JSON.createObjectBuilder().add("name", "check").build(),
                        JSON.createObjectBuilder().add("name", "getActions").build());
            }
            case "get" -> {
                params.allowOnly(PARAMS, "System.get");
                Access.require(Requirement.ADMINISTER_CIVICRM, ENTITY, null, "get");
                return List.of(system());
            }
            case "check" -> {
                params.allowOnly(PARAMS, "System.check");
                Access.require(Requirement.ADMINISTER_CIVICRM, ENTITY, null, "check");
                return check();
            }
            default -> throw new NotFound("Action '" + action + "' of API entity 'System' does not exist");
        }
    }

    private JsonObject system() {
        String version = SystemActions.class.getPackage().getImplementationVersion();
        var system = JSON.createObjectBuilder()
                .add("version", version == null ? "0.1.0" : version)
                .add("uf", "Standalone")
                .add("java", JSON.createObjectBuilder().add("version", System.getProperty("java.version"))
                        .add("vendor", System.getProperty("java.vendor")))
                .add("domain_id", Caller.require().domainId().orElse(0L));
        facts.forEach(part -> part.facts().forEach(system::add));
        return system.build();
    }

    private List<JsonObject> check() {
        List<JsonObject> rows = new ArrayList<>();
        for (StatusBoard.Shown shown : board.current()) {
            SystemStatus status = shown.status();
            var row = JSON.createObjectBuilder()
                    .add("name", status.name()).add("title", status.title()).add("message", status.message())
                    .add("severity", status.severity().label()).add("severity_id", status.severity().id())
                    .add("icon", status.icon()).add("is_visible", shown.visible());
            if (shown.hiddenUntil() != null) {
                row.add("hidden_until", shown.hiddenUntil().toString());
            } else {
                row.addNull("hidden_until");
            }
            rows.add(row.build());
        }
        return rows;
    }
}
