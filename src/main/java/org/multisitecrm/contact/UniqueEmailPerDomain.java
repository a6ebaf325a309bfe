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


/**
 * CiviCRM's {@code uniq_email_per_site}: where a domain turns it on, an email address belongs to one
 * contact of that domain (its domain group tree, as the visibility index holds it), whoever writes it and
 * whatever part of the domain the writer sees. Another domain's contacts are not counted, so the refusal
 * tells nothing about them.
 */
@ApplicationScoped
public class UniqueEmailPerDomain implements RecordCheck {

    public static final String SETTING = "uniq_email_per_site";
    private static final String CONTACT_OF_EMAIL = "SELECT e.contactId FROM Email e WHERE e.id = :id";

    @Inject
    private EffectiveSettings settings;

    @Inject
    private DomainEmails emails;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public void check(Long id, RecordValues values) {
        if (!values.has("email") || values.get("email") == null || !settings.isTrue(SETTING)) {
            return;
        }
        long domainId = Caller.boundDomain().orElseThrow(() -> new IllegalStateException("an email is written for one domain"));
        String email = ((String) values.get("email")).trim();
        long contactId = values.has("contact_id") ? ((Number) values.get("contact_id")).longValue()
                : id == null ? 0 : em.createQuery(CONTACT_OF_EMAIL, Long.class).setParameter("id", id).getResultStream().findFirst().orElse(0L);
        if (emails.holder(domainId, email, contactId).isPresent()) {
            throw new InvalidInput("email", "'" + email + "' is already the email of another contact of this domain,"
                    + " where each email belongs to one contact (" + SETTING + ")");
        }
    }
}
