package org.multisitecrm.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Who among a domain's contacts (its domain group tree, as the visibility index holds it) has an email
 * address, whatever part of the domain the caller sees: for rules of the domain as a whole (one contact
 * per email, the public form's match on email). Another domain's contacts are never an answer.
 */
@ApplicationScoped
public class DomainEmails {

    /* The index is bookkeeping, not an entity; the query runs on the transaction's own connection. */
    private static final String HOLDER = "SELECT e.contact_id FROM civicrm_email e"
            + " JOIN crm_contact_visibility v ON v.contact_id = e.contact_id AND v.viewer_domain_id = ?"
            + " JOIN civicrm_contact c ON c.id = e.contact_id AND c.is_deleted = 0"
            + " WHERE e.email = ? AND e.contact_id <> ? ORDER BY e.is_primary DESC, e.contact_id LIMIT 1";

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** A contact of the domain, other than {@code exceptContactId}, holding the address (case aside). */
    @Transactional
    public Optional<Long> holder(long domainId, String email, long exceptContactId) {
        em.flush();
        try (PreparedStatement s = em.unwrap(Connection.class).prepareStatement(HOLDER)) {
            s.setLong(1, domainId);
            s.setString(2, email.trim());
            s.setLong(3, exceptContactId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Looking up an email among domain " + domainId + "'s contacts failed", e);
        }
    }
}
