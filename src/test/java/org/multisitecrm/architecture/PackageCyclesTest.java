package org.multisitecrm.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Packages that depend on each other both ways, read from the sources (imports and qualified names).
 * The ones still to untangle are listed: a new pair fails the build, and so does an untangled pair
 * left on the list, so the list always says what is true.
 */
class PackageCyclesTest {

    private static final String ROOT = "org.multisitecrm.";
    private static final Set<String> STILL_TANGLED = Set.of(
            "security <-> security.audit", "setting <-> setting.override");
    /** The spine every capability may use; an adapter or the catalogue using anything else knows a capability. */
    private static final Set<String> SPINE = Set.of("catalog", "security", "security.audit", "tenancy", "tenancy.separation",
            "infrastructure.json", "infrastructure.validation", "infrastructure.datasource", "infrastructure.persistence.entity",
            "infrastructure.status");
    private static final Pattern PACKAGE = Pattern.compile("^package org\\.multisitecrm\\.([a-z0-9.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.multisitecrm\\.((?:[a-z0-9]+\\.)*[a-z0-9]+)\\.[A-Z]");

    @Test
    void noNewTwoWayDependencyBetweenPackages() throws IOException {
        Map<String, Set<String>> uses = dependencies();
        Set<String> tangled = new TreeSet<>();
        uses.forEach((from, targets) -> targets.forEach(to -> {
            if (uses.getOrDefault(to, Set.of()).contains(from)) {
                tangled.add(from.compareTo(to) < 0 ? from + " <-> " + to : to + " <-> " + from);
            }
        }));
        assertEquals(new TreeSet<>(STILL_TANGLED), tangled, ROOT + "* packages that depend on each other");
    }

    /**
     * The catalogue and the API know no capability: each capability contributes its entities, so adding
     * one touches only its own package. The API's one exception is the Setting pseudo-entity.
     */
    @Test
    void theCatalogueAndTheApiKnowNoCapability() throws IOException {
        Map<String, Set<String>> uses = dependencies();
        Set<String> catalogue = new TreeSet<>(uses.getOrDefault("catalog", Set.of()));
        catalogue.removeAll(SPINE);
        assertEquals(Set.of(), catalogue, "catalog uses only the spine");
        Set<String> api = new TreeSet<>(uses.getOrDefault("api4", Set.of()));
        api.removeAll(SPINE);
        api.removeAll(Set.of("api", "setting"));
        assertEquals(Set.of(), api, "api4 uses only the catalogue, the spine and the settings");
    }

    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> uses = new HashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher own = PACKAGE.matcher(text);
                if (!own.find()) {
                    continue;
                }
                String from = own.group(1);
                Matcher reference = REFERENCE.matcher(text);
                while (reference.find()) {
                    if (!reference.group(1).equals(from)) {
                        uses.computeIfAbsent(from, k -> new TreeSet<>()).add(reference.group(1));
                    }
                }
            }
        }
        return uses;
    }
}
