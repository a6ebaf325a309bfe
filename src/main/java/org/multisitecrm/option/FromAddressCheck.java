package org.multisitecrm.option;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.infrastructure.status.SystemCheck;
import org.multisitecrm.infrastructure.status.SystemStatus;

import java.util.List;

/**
 * CiviCRM's default from address: each domain needs one (its own or every domain's) for the mail it
 * sends. The option values are read as the domain reads them.
 */
@ApplicationScoped
public class FromAddressCheck implements SystemCheck {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public List<SystemStatus> check() {
        long defaults = em.createQuery("SELECT COUNT(v) FROM OptionValue v WHERE v.optionGroup.name = 'from_email_address'"
                + " AND v.isActive = TRUE AND v.isDefault = TRUE", Long.class).getSingleResult();
        if (defaults > 0) {
            return SystemStatus.none();
        }
        return List.of(SystemStatus.warning("checkDefaultMailbox", "Default from address missing",
                "This domain has no default from address: add one to the from_email_address option values and mark it default,"
                        + " or mail it sends has no sender."));
    }
}
