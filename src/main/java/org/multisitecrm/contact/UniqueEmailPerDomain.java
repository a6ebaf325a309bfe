package org.multisitecrm.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.catalog.RecordCheck;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.Caller;
import org.multisitecrm.setting.EffectiveSettings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * CiviCRM's {@code uniq_email_per_site}: where a domain turns it on, an email address belongs to one
 * contact of that domain (its domain group tree, as the visibility index holds it), whoever writes it and
 * whatever part of the domain the writer sees. Another domain's contacts are not counted, so the refusal
 * tells nothing about them.
 */
@ApplicationScoped
public class UniqueEmailPerDomain implements RecordCheck {

    public static final String SETTING = "uniq_email_per_site";

    /* The index is bookkeeping, not an entity; the query runs on the transaction's own connection. */
    private static final String OTHER_HOLDER = "SELECT 1 FROM civicrm_email e"
            + " JOIN crm_contact_visibility v ON v.contact_id = e.contact_id AND v.viewer_domain_id = ?"
            + " JOIN civicrm_contact c ON c.id = e.contact_id AND c.is_deleted = 0"
            + " WHERE e.email = ? AND e.contact_id <> ? LIMIT 1";
    private static final String CONTACT_OF_EMAIL = "SELECT contact_id FROM civicrm_email WHERE id = ?";

    @Inject
    private EffectiveSettings settings;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public void check(Long id, RecordValues values) {
        if (!values.has("email") || values.get("email") == null || !settings.isTrue(SETTING)) {
            return;
        }
        long domainId = Caller.require().domainId().orElseThrow(() -> new IllegalStateException("no domain bound"));
        String email = ((String) values.get("email")).trim();
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try {
            long contactId = values.has("contact_id") ? ((Number) values.get("contact_id")).longValue() : contactOf(connection, id);
            try (PreparedStatement s = connection.prepareStatement(OTHER_HOLDER)) {
                s.setLong(1, domainId);
                s.setString(2, email);
                s.setLong(3, contactId);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        throw new InvalidInput("email", "'" + email + "' is already the email of another contact of this domain,"
                                + " where each email belongs to one contact (" + SETTING + ")");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Checking " + SETTING + " failed", e);
        }
    }

    private static long contactOf(Connection connection, Long emailId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(CONTACT_OF_EMAIL)) {
            s.setLong(1, emailId == null ? 0 : emailId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
