package org.multisitecrm.contribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.setting.EffectiveSettings;

/**
 * Contributions recorded by hand or by an integration: a contact the caller may edit, an active
 * financial type, amounts in cents with the net derived, and the domain's default currency unless
 * another is given. Whether another domain sees them is the separation table's choice (shared: whoever
 * sees the contact; domain: the domain it was given to alone), applied below like every rule of rows.
 */
@ApplicationScoped
public class ContributionService {

    static final String DEFAULT_CURRENCY = "defaultCurrency";

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private EffectiveSettings settings;

    @Transactional
    public Contribution create(ContributionSpec spec) {
        if (spec.contactId() == null || em.find(Contact.class, spec.contactId()) == null) {
            throw new InvalidInput("contact_id", "no Contact has id " + spec.contactId());
        }
        Contribution contribution = Contribution.create();
        contribution.apply(spec, checked(spec));
        em.persist(contribution);
        em.flush();
        return contribution;
    }

    @Transactional
    public Contribution update(long id, ContributionSpec spec) {
        Contribution contribution = get(id);
        contribution.apply(spec, checked(spec));
        em.flush();
        return contribution;
    }

    @Transactional
    public void delete(long id) {
        em.remove(get(id));
        em.flush();
    }

    @Transactional
    public Contribution get(long id) {
        Contribution contribution = em.find(Contribution.class, id);
        if (contribution == null) {
            throw new NotFound("Contribution", id);
        }
        return contribution;
    }

    private ContributionAmounts checked(ContributionSpec spec) {
        FinancialType type = spec.financialTypeId() == null ? null : em.find(FinancialType.class, spec.financialTypeId());
        if (type == null) {
            throw new InvalidInput("financial_type_id", "no FinancialType has id " + spec.financialTypeId());
        }
        if (!type.isActive()) {
            throw new InvalidInput("financial_type_id", "financial type '" + type.getName() + "' is not active");
        }
        String currency = spec.currency() != null ? spec.currency() : settings.textValue(DEFAULT_CURRENCY).orElse(null);
        return ContributionAmounts.of(spec.totalAmount(), spec.feeAmount(), currency);
    }
}
