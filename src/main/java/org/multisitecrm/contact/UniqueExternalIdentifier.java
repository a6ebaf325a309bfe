package org.multisitecrm.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.catalog.RecordCheck;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.infrastructure.validation.InvalidInput;

/**
 * CiviCRM's unique {@code external_identifier}, among the contacts the writer sees. CiviCRM makes it
 * unique over the whole database; here that would let a branch learn that a contact it cannot see
 * holds an identifier (a refusal is an answer), so another domain's contacts neither count nor clash.
 * Integrations that match on it ({@code save} with {@code match}) find the one contact they see.
 */
@ApplicationScoped
public class UniqueExternalIdentifier implements RecordCheck {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public void check(Long id, RecordValues values) {
        Object identifier = values.get("external_identifier");
        if (identifier == null || identifier.toString().isBlank()) {
            return;
        }
        boolean taken = em.createQuery("SELECT COUNT(c) FROM Contact c WHERE c.externalIdentifier = :x AND c.id <> :id", Long.class)
                .setParameter("x", identifier).setParameter("id", id == null ? 0L : id).getSingleResult() > 0;
        if (taken) {
            throw new InvalidInput("external_identifier", "'" + identifier + "' is already the external identifier of another contact");
        }
    }
}
