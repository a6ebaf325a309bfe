package org.multisitecrm.setting.override;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.cluster.ServerRecord;
import org.multisitecrm.cluster.ServerRegistry;
import org.multisitecrm.infrastructure.status.SystemCheck;
import org.multisitecrm.infrastructure.status.SystemStatus;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.Permission;
import org.multisitecrm.tenancy.Domain;
import org.multisitecrm.tenancy.SiteDirectory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Every server on the database must read the same setting overrides, or a setting's value would depend
 * on which server answers. Head office ('administer Multiple Organizations') hears of every source that
 * differs; a branch of its own file, {@code all.properties} and the environment, which decide its values.
 */
@ApplicationScoped
public class OverridesAgreeCheck implements SystemCheck {

    static final String NAME = "checkOverridesAgree";

    @Inject
    private ServerRegistry registry;

    @Inject
    private SiteDirectory sites;

    @Override
    public List<SystemStatus> check() {
        List<ServerRecord> running = registry.running();
        if (running.size() < 2) {
            return List.of();
        }
        Map<String, OverrideFingerprints> byServer = new LinkedHashMap<>();
        running.forEach(s -> byServer.put(s.getName(), OverrideFingerprints.decode(s.getOverrideFingerprints())));
        Caller caller = Caller.require();
        Predicate<String> concerns = caller.has(Permission.ADMINISTER_MULTIPLE_ORGANIZATIONS) ? source -> true
                : ownSources(caller);
        List<String> differences = differences(byServer, concerns);
        if (differences.isEmpty()) {
            return List.of();
        }
        return List.of(SystemStatus.warning(NAME, "Servers read different setting overrides",
                String.join(" ", differences) + " Every server must have the same civicrm-settings/ folder and CRM_SETTING_*"
                        + " variables, or a setting's value depends on which server answers."));
    }

    private Predicate<String> ownSources(Caller caller) {
        Set<String> own = new TreeSet<>(Set.of(OverrideFile.ALL_DOMAINS_STEM, OverrideFingerprints.ENVIRONMENT));
        caller.domainId().flatMap(id -> sites.table().domain(id)).ifPresent(d -> own.add(Domain.fileStem(d.name())));
        return own::contains;
    }

    /** One sentence per source on which the servers differ, naming which servers hold which version. */
    static List<String> differences(Map<String, OverrideFingerprints> byServer, Predicate<String> concerns) {
        TreeSet<String> sources = new TreeSet<>();
        byServer.values().forEach(f -> sources.addAll(f.bySource().keySet()));
        List<String> found = new ArrayList<>();
        for (String source : sources) {
            if (!concerns.test(source)) {
                continue;
            }
            Map<String, List<String>> serversByVersion = new TreeMap<>();
            byServer.forEach((server, fingerprints) -> serversByVersion
                    .computeIfAbsent(String.valueOf(fingerprints.of(source)), v -> new ArrayList<>()).add(server));
            if (serversByVersion.size() > 1) {
                found.add(describe(source, serversByVersion));
            }
        }
        return found;
    }

    private static String describe(String source, Map<String, List<String>> serversByVersion) {
        String label = OverrideFingerprints.ENVIRONMENT.equals(source) ? source : "civicrm-settings/" + source + ".properties";
        List<String> parts = new ArrayList<>();
        int version = 1;
        for (Map.Entry<String, List<String>> entry : serversByVersion.entrySet()) {
            String servers = String.join(", ", entry.getValue());
            parts.add("null".equals(entry.getKey()) ? servers + " " + (entry.getValue().size() == 1 ? "has" : "have") + " none"
                    : servers + " " + (entry.getValue().size() == 1 ? "has" : "have") + " version " + version++);
        }
        return label + " differs between servers: " + String.join("; ", parts) + ".";
    }
}
