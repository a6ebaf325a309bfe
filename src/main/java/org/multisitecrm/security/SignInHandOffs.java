package org.multisitecrm.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.security.audit.Refusals;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Moving a signed-in user to another domain's site. Sessions are per host, so the site the user is on
 * issues a token for the one domain asked (only one the user holds 'access CiviCRM' on), and that
 * domain's site redeems it: once, within {@link #LIFETIME}, and only there. Only the token's hash is
 * stored; a refused redemption is audited and tells the visitor nothing about why.
 */
@ApplicationScoped
@Transactional
public class SignInHandOffs {

    static final Duration LIFETIME = Duration.ofSeconds(60);

    @Inject
    private CallerResolver callers;

    @Inject
    private UserService users;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** A token signing the caller in on the domain; refused for a domain the caller has no access to. */
    public String issue(long targetDomainId) {
        Caller caller = Caller.require();
        UserAccount user = caller.userId().flatMap(users::findActive)
                .orElseThrow(() -> new NotAuthenticated("Sign in first"));
        if (!callers.resolve(user, targetDomainId).has(Permission.ACCESS_CIVICRM)) {
            throw Refusals.refuse("Domain", targetDomainId, "switch", user.getUsername() + " holds no role with 'access CiviCRM' there");
        }
        LocalDateTime now = LocalDateTime.now();
        em.createQuery("DELETE FROM SignInHandOff h WHERE h.expiresDate < :cutoff")
                .setParameter("cutoff", now.minus(LIFETIME)).executeUpdate();
        String token = ApiKeyDigest.newKey();
        em.persist(new SignInHandOff(ApiKeyDigest.sha256(token), user.getId(), targetDomainId, now.plus(LIFETIME)));
        return token;
    }

    /** The login the token signs in on this domain, once; empty for any token that does not. */
    public Optional<UserAccount> redeem(String token, long domainId) {
        if (token == null || token.isBlank() || token.length() > 128) {
            return Optional.empty();
        }
        Optional<SignInHandOff> found = em.createQuery("SELECT h FROM SignInHandOff h WHERE h.tokenHash = :h", SignInHandOff.class)
                .setParameter("h", ApiKeyDigest.sha256(token)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            Refusals.recordHidden("SignInHandOff", null, "redeem", "unknown token on domain " + domainId);
            return Optional.empty();
        }
        SignInHandOff handOff = found.get();
        LocalDateTime now = LocalDateTime.now();
        String refusal = handOff.refusal(domainId, now);
        if (refusal != null) {
            Refusals.recordHidden("SignInHandOff", handOff.getId(), "redeem", "hand-off " + refusal + ", tried on domain " + domainId);
            return Optional.empty();
        }
        handOff.redeem(now);
        return users.findActive(handOff.getUserId());
    }
}
