package org.multisitecrm.administration;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A login as its administrator sees it: the role grants the administrator may see (a branch sees its own
 * domain's, head office every domain's), its contact on the request's domain, and whether the
 * administrator manages it (resets its password, deactivates it, revokes its keys).
 */
public record DomainLogin(long userId, String username, boolean active, LocalDateTime lockedUntil, List<Grant> grants,
                          Long contactId, boolean managed) {

    /** One role held on one domain, and whether the administrator may revoke it (no one revokes more than they could grant). */
    public record Grant(long domainId, String domainName, String roleName, String roleLabel, boolean revocable) {
    }

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(LocalDateTime.now());
    }
}
