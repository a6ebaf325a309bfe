package org.multisitecrm.security;

import org.junit.jupiter.api.Test;
import org.multisitecrm.tenancy.DomainScope;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One source for the current domain: the scope and the caller are bound together, or the mix is refused. */
class DomainWorkTest {

    /** The only main sources allowed to bind a single domain's scope: requests, and the server's own work. */
    private static final Set<String> BINDERS = Set.of("tenancy/DomainResolutionFilter.java", "security/DomainWork.java");

    @Test
    void workForADomainRunsAsTheServerInThatDomainsScope() {
        long domain = DomainWork.call(7, "a test", () -> {
            assertTrue(Caller.require().isSystem());
            return DomainScope.require().domainId();
        });
        assertEquals(7, domain);
        assertTrue(Caller.current().isEmpty() && DomainScope.current().isEmpty(), "both bindings end with the work");
    }

    @Test
    void aUsersCallerIsRefusedInAnotherDomainsScopeButServesItsOwnAndAllDomains() {
        Caller nina = Caller.user(1, "nina", 2, null, Set.of(Permission.VIEW_ALL_CONTACTS_IN_DOMAIN));
        DomainScope.of(2).run(() -> assertEquals(2L, nina.domainId().orElseThrow()));
        DomainScope.allDomains("a test").run(() -> assertEquals(2L, nina.contactDomain().orElseThrow()));
        IllegalStateException mixed = assertThrows(IllegalStateException.class, () -> DomainScope.of(3).run(nina::domainId));
        assertTrue(mixed.getMessage().contains("DomainWork"), mixed.getMessage());
        assertThrows(IllegalStateException.class, () -> DomainScope.of(3).run(nina::contactDomain));
    }

    @Test
    void onlyRequestsAndDomainWorkBindADomainsScope() throws IOException {
        Path root = Path.of("src/main/java/org/multisitecrm");
        try (Stream<Path> files = Files.walk(root)) {
            List<String> binders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).contains("DomainScope.of("))
                    .map(p -> root.relativize(p).toString())
                    .filter(name -> !BINDERS.contains(name))
                    .toList();
            assertEquals(List.of(), binders, "bind a domain through DomainWork (or the request filter)");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
