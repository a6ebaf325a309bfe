package org.multisitecrm.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a caller may do to logins and role grants, decided without a container (delegated user
 * administration, where CiviCRM and Wagtail leave it to superusers):
 * <ul>
 *   <li>head office ('administer Multiple Organizations', or the server) administers every domain;</li>
 *   <li>a domain's administrator ('cms:administer users' there) administers that domain only, and grants
 *       only roles whose every permission it holds itself, so no one hands out more than they have, and
 *       sees only the logins of that domain (a new login is of the domain from its first grant);</li>
 *   <li>a login is managed (password reset, deactivation, its API keys) only by someone who administers
 *       every domain it holds a role or contact on: one branch cannot take over a login another domain
 *       relies on.</li>
 * </ul>
 * Each check answers with the refusal's reason, or nothing when allowed.
 */
public final class UserAdministrator {

    private final boolean headOffice;
    private final Long domainId;
    private final Set<Permission> held;

    private UserAdministrator(boolean headOffice, Long domainId, Set<Permission> held) {
        this.headOffice = headOffice;
        this.domainId = domainId;
        this.held = held.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(held);
    }

    public static UserAdministrator of(Caller caller) {
        boolean headOffice = caller.isSystem() || caller.has(Permission.ADMINISTER_MULTIPLE_ORGANIZATIONS);
        Long domainId = caller.has(Permission.ADMINISTER_USERS) ? caller.domainId().orElse(null) : null;
        return new UserAdministrator(headOffice, domainId, caller.permissions());
    }

    /** For the rule's own tests: a caller holding these permissions on this domain. */
    static UserAdministrator holding(long domainId, Set<Permission> permissions) {
        return new UserAdministrator(permissions.contains(Permission.ADMINISTER_MULTIPLE_ORGANIZATIONS),
                permissions.contains(Permission.ADMINISTER_USERS) ? domainId : null, permissions);
    }

    public boolean isHeadOffice() {
        return headOffice;
    }

    /** The one domain a delegated administrator administers; empty for head office and for non-administrators. */
    public Optional<Long> delegatedDomain() {
        return headOffice ? Optional.empty() : Optional.ofNullable(domainId);
    }

    public boolean administers(long domain) {
        return headOffice || (domainId != null && domainId == domain);
    }

    public Optional<String> refusalToAdminister(long domain) {
        return administers(domain) ? Optional.empty()
                : Optional.of("administering the logins of domain " + domain + " needs 'cms:administer users' there"
                        + " or 'administer Multiple Organizations'");
    }

    /**
     * Whether a login exists for this administrator at all: head office sees every login, a branch those
     * holding a role or a contact on it. Any other login answers as a missing one would, so that a branch
     * cannot learn which logins other domains have, nor add its roles to them and so stop their domains
     * managing them: only head office shares a login between domains.
     */
    public boolean sees(Set<Long> loginDomains) {
        return headOffice || (domainId != null && loginDomains.contains(domainId));
    }

    /** Granting or revoking a role on a domain: administering it and holding everything the role gives. */
    public Optional<String> refusalToGrant(long domain, String roleLabel, Set<Permission> rolePermissions) {
        Optional<String> notAdministered = refusalToAdminister(domain);
        if (notAdministered.isPresent() || headOffice) {
            return notAdministered;
        }
        Set<Permission> beyond = EnumSet.noneOf(Permission.class);
        beyond.addAll(rolePermissions);
        beyond.removeAll(held);
        if (beyond.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("role '" + roleLabel + "' gives " + beyond.stream().map(p -> "'" + p.label() + "'")
                .collect(Collectors.joining(", ")) + ", which you do not hold");
    }

    /** Managing a login that holds roles or contacts on these domains. */
    public Optional<String> refusalToManage(Set<Long> loginDomains) {
        if (headOffice) {
            return Optional.empty();
        }
        if (domainId == null) {
            return Optional.of("managing a login needs 'cms:administer users' or 'administer Multiple Organizations'");
        }
        if (loginDomains.isEmpty() || !loginDomains.stream().allMatch(d -> d.equals(domainId))) {
            return Optional.of("the login also belongs to another domain, so only head office manages it");
        }
        return Optional.empty();
    }
}
