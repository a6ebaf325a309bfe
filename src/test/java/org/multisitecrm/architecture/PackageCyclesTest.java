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
            "contact <-> group", "contact <-> security", "security <-> security.audit", "security <-> tenancy",
            "setting <-> setting.override");
    private static final Pattern PACKAGE = Pattern.compile("^package org\\.multisitecrm\\.([a-z0-9.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.multisitecrm\\.((?:[a-z0-9]+\\.)*[a-z0-9]+)\\.[A-Z]");

    @Test
    void noNewTwoWayDependencyBetweenPackages() throws IOException {
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
        Set<String> tangled = new TreeSet<>();
        uses.forEach((from, targets) -> targets.forEach(to -> {
            if (uses.getOrDefault(to, Set.of()).contains(from)) {
                tangled.add(from.compareTo(to) < 0 ? from + " <-> " + to : to + " <-> " + from);
            }
        }));
        assertEquals(new TreeSet<>(STILL_TANGLED), tangled, ROOT + "* packages that depend on each other");
    }
}
