package org.multisitecrm.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.audit.Refusals;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Logins: creation, password sign-in with throttling, password change and reset, API keys. Managing
 * another person's login is decided by {@link UserAdministration}: head office, or the administrator of
 * every domain the login belongs to.
 */
@ApplicationScoped
public class UserService {

    static final int FAILURES_BEFORE_LOCK = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final int MIN_PASSWORD = 8;
    /** crm_api_key.label; checked here so that the back office and the API both answer with the field. */
    private static final int LABEL_LENGTH = 128;
    private static final Requirement CREATES_LOGINS =
            Requirement.anyOf(Permission.ADMINISTER_MULTIPLE_ORGANIZATIONS, Permission.ADMINISTER_USERS);
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@+-]{1,128}");
    /** Compared against when the username does not exist, so timing does not reveal which usernames do. */

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private UserAdministration administration;

    @Transactional
    public UserAccount create(String username, char[] password) {
        requireUserAdministration("create");
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInput("username", "1 to 128 letters, digits or . _ @ + -");
        }
        if (!Caller.require().isSystem()) {
            requirePolicy(password);
        }
        if (findByUsername(username).isPresent()) {
            throw new InvalidInput("username", "'" + username + "' is taken");
        }
        UserAccount user = new UserAccount(username, PasswordHasher.hash(password));
        em.persist(user);
        em.flush();
        return user;
    }

    /** Checks a password; after {@value #FAILURES_BEFORE_LOCK} failures the login locks, for longer each time. */
    @Transactional(dontRollbackOn = NotAuthenticated.class)
    public UserAccount signIn(String username, char[] password) {
        Optional<UserAccount> found = username == null ? Optional.empty() : findByUsername(username);
        if (found.isEmpty()) {
            PasswordHasher.matchNone(password);
            throw new NotAuthenticated("Wrong username or password");
        }
        UserAccount user = found.get();
        LocalDateTime now = LocalDateTime.now();
        if (user.isLocked(now)) {
            throw new NotAuthenticated("Too many failed sign-ins: try again after " + user.getLockedUntil().withNano(0));
        }
        if (!user.isActive() || !PasswordHasher.matches(password, user.getPasswordHash())) {
            user.recordFailure(now, FAILURES_BEFORE_LOCK, FIRST_LOCK);
            throw new NotAuthenticated("Wrong username or password");
        }
        user.recordSuccess();
        return user;
    }

    @Transactional
    public void changePassword(long userId, char[] currentPassword, char[] newPassword) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null || !PasswordHasher.matches(currentPassword, user.getPasswordHash())) {
            throw new InvalidInput("current_password", "does not match");
        }
        requirePolicy(newPassword);
        user.changePasswordHash(PasswordHasher.hash(newPassword));
    }

    /** Sets a new password for someone else's login (forgotten password) and lifts its lockout. */
    @Transactional
    public void resetPassword(long userId, char[] newPassword) {
        UserAccount user = requireManaged(userId, "update");
        requirePolicy(newPassword);
        user.changePasswordHash(PasswordHasher.hash(newPassword));
        user.recordSuccess();
    }

    /** Deactivates a login (a leaver) or activates it again; a deactivated login cannot sign in nor use its keys. */
    @Transactional
    public void setActive(long userId, boolean active) {
        UserAccount user = requireManaged(userId, "update");
        if (!active && Caller.require().userId().filter(id -> id == userId).isPresent()) {
            throw new InvalidInput("is_active", "you cannot deactivate your own login");
        }
        user.setActive(active);
    }

    private UserAccount requireManaged(long userId, String action) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null) {
            throw new NotFound("UserAccount", userId);
        }
        administration.requireManage(userId, action);
        return user;
    }

    /** A new key for the caller's own login (or for a login the caller manages). */
    @Transactional
    public IssuedApiKey issueApiKey(long userId, String label) {
        requireSelfOrManager(userId, "create");
        String key = ApiKeyDigest.newKey();
        return register(userId, key, label);
    }

    /** Stores a key chosen by the server itself (the demo's documented keys). */
    @Transactional
    public IssuedApiKey registerApiKey(long userId, String key, String label) {
        if (!Caller.require().isSystem()) {
            throw Refusals.refuse("ApiKey", null, "create", "only the server registers chosen keys");
        }
        return register(userId, key, label);
    }

    private IssuedApiKey register(long userId, String key, String label) {
        if (label != null && label.length() > LABEL_LENGTH) {
            throw new InvalidInput("label", "at most " + LABEL_LENGTH + " characters");
        }
        ApiKey stored = new ApiKey(userId, ApiKeyDigest.sha256(key), label);
        em.persist(stored);
        em.flush();
        return new IssuedApiKey(stored.getId(), key, label);
    }

    /** A login's keys, newest first (only their labels and dates: the keys themselves were shown once). */
    @Transactional
    public java.util.List<ApiKey> apiKeysOf(long userId) {
        requireSelfOrManager(userId, "get");
        return em.createQuery("SELECT k FROM ApiKey k WHERE k.userId = :u ORDER BY k.id DESC", ApiKey.class)
                .setParameter("u", userId).getResultList();
    }

    @Transactional
    public void revokeApiKey(long keyId) {
        ApiKey key = em.find(ApiKey.class, keyId);
        boolean self = key != null && Caller.require().userId().filter(id -> id.equals(key.getUserId())).isPresent();
        if (key == null || !self && !administration.sees(key.getUserId())) {
            throw new NotFound("ApiKey", keyId);
        }
        requireSelfOrManager(key.getUserId(), "delete");
        key.revoke();
    }

    /** The active login an API key belongs to. */
    @Transactional
    public Optional<UserAccount> findByApiKey(String key) {
        return em.createQuery("SELECT u FROM UserAccount u, ApiKey k WHERE k.keyHash = :h AND k.revokedDate IS NULL"
                        + " AND u.id = k.userId AND u.isActive = TRUE", UserAccount.class)
                .setParameter("h", ApiKeyDigest.sha256(key)).getResultStream().findFirst();
    }

    @Transactional
    public Optional<UserAccount> findActive(long userId) {
        return Optional.ofNullable(em.find(UserAccount.class, userId)).filter(UserAccount::isActive);
    }

    @Transactional
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :n", UserAccount.class)
                .setParameter("n", username).getResultStream().findFirst();
    }

    @Transactional
    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
    }

    private static void requirePolicy(char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new InvalidInput("password", "at least " + MIN_PASSWORD + " characters");
        }
    }

    /** Head office, or a domain's administrator (who grants the new login a role of that domain at once). */
    private static void requireUserAdministration(String action) {
        Access.require(CREATES_LOGINS, "UserAccount", null, action);
    }

    /** One's own keys need nothing more; another login's need its manager. */
    private void requireSelfOrManager(long userId, String action) {
        boolean self = Caller.require().userId().filter(id -> id == userId).isPresent();
        if (!self) {
            administration.requireManage(userId, action);
        }
    }
}
