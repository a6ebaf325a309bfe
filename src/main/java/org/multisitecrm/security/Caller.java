package org.multisitecrm.security;

import java.util.EnumSet;
import org.multisitecrm.infrastructure.context.ThreadSlot;
import org.multisitecrm.tenancy.DomainScope;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Who the current thread works for, on the domain it is bound to: a signed-in user with the
 * permissions their roles give on that domain, an anonymous visitor, or the server itself (start-up,
 * scheduled jobs), which is logged with its reason. Every contact query reads its visibility
 * parameters from here (see {@code security.visibility}); with no caller bound it fails.
 */
public final class Caller {

    private static final Logger LOG = Logger.getLogger(Caller.class.getName());
    private static final ThreadSlot<Caller> CURRENT = new ThreadSlot<>();

    private final Long userId;
    private final String username;
    private final Long domainId;
    private final Long contactId;
    private final Set<Permission> permissions;
    private final String systemReason;

    private Caller(Long userId, String username, Long domainId, Long contactId, Set<Permission> permissions,
                   String systemReason) {
        this.userId = userId;
        this.username = username;
        this.domainId = domainId;
        this.contactId = contactId;
        this.permissions = permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
        this.systemReason = systemReason;
    }

    /** A user on a domain, with the permissions of the roles held there and the contact matched there. */
    public static Caller user(long userId, String username, long domainId, Long contactId, Set<Permission> permissions) {
        return new Caller(userId, username, domainId, contactId, permissions, null);
    }

    public static Caller anonymous(long domainId) {
        return new Caller(null, null, domainId, null, Set.of(), null);
    }

    /** The server acting for itself; sees and changes every contact. */
    public static Caller system(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("The system caller needs a reason, for the log");
        }
        return new Caller(null, "system", null, null, EnumSet.allOf(Permission.class), reason);
    }

    public static Optional<Caller> current() {
        return CURRENT.get();
    }

    public static Caller require() {
        Caller caller = CURRENT.get().orElse(null);
        if (caller == null) {
            throw new IllegalStateException("No caller is bound to this thread: contacts cannot be used here");
        }
        return caller;
    }

    public Binding bind() {
        if (isSystem()) {
            LOG.fine(() -> "System caller: " + systemReason);
        }
        return CURRENT.bind(this)::close;
    }

    public <T> T call(Supplier<T> work) {
        try (Binding ignored = bind()) {
            return work.get();
        }
    }

    public void run(Runnable work) {
        try (Binding ignored = bind()) {
            work.run();
        }
    }

    public boolean isSystem() {
        return systemReason != null;
    }

    public boolean isAuthenticated() {
        return userId != null;
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    /** 'view all contacts' or 'edit all contacts': the whole instance, as head office. */
    public boolean seesAllContacts() {
        return has(Permission.VIEW_ALL_CONTACTS) || has(Permission.EDIT_ALL_CONTACTS);
    }

    /** The domain whose site tree this caller sees through 'view/edit all contacts in domain'. */
    public Optional<Long> contactDomain() {
        boolean inDomain = has(Permission.VIEW_ALL_CONTACTS_IN_DOMAIN) || has(Permission.EDIT_ALL_CONTACTS_IN_DOMAIN);
        return inDomain ? domainId() : Optional.empty();
    }

    public Optional<Long> userId() {
        return Optional.ofNullable(userId);
    }

    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /**
     * The domain this caller's permissions hold on. A user's or visitor's caller works only in its own
     * domain's scope (or the all-domains one): bound in another domain's scope, it would carry one
     * domain's permissions into another's data, so asking fails there. Work for another domain is done
     * through {@link DomainWork}, as the server.
     */
    public Optional<Long> domainId() {
        if (domainId != null) {
            DomainScope.current().filter(scope -> !scope.isAllDomains() && scope.domainId() != domainId).ifPresent(scope -> {
                throw new IllegalStateException(this + " is bound in the scope of " + scope
                        + ": work for another domain goes through DomainWork");
            });
        }
        return Optional.ofNullable(domainId);
    }

    /**
     * The domain the work in hand is for, whoever does it: the bound scope's domain (a request's, or the
     * one {@link DomainWork} binds for the server); empty in the all-domains scope.
     */
    public static Optional<Long> boundDomain() {
        return DomainScope.current().filter(scope -> !scope.isAllDomains()).map(DomainScope::domainId);
    }

    /** The caller's own contact on this domain (UFMatch), if matched. */
    public Optional<Long> contactId() {
        return Optional.ofNullable(contactId);
    }

    public Set<Permission> permissions() {
        return Set.copyOf(permissions);
    }

    @Override
    public String toString() {
        if (isSystem()) {
            return "system (" + systemReason + ")";
        }
        return (username == null ? "anonymous" : username) + " on domain " + domainId;
    }

    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
