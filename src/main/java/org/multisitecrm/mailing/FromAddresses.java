package org.multisitecrm.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.option.OptionValue;

import java.util.List;
import java.util.Optional;

/**
 * The addresses the bound domain may send from: its active {@code from_email_address} option values
 * (its own and those of every domain), read as the domain reads option values.
 */
@ApplicationScoped
public class FromAddresses {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    public List<FromAddress> all() {
        return em.createQuery("SELECT v FROM OptionValue v WHERE v.optionGroup.name = 'from_email_address' AND v.isActive = TRUE"
                        + " ORDER BY v.isDefault DESC, v.weight", OptionValue.class).getResultStream()
                .map(v -> FromAddress.parse(v.getLabel(), v.isDefault())).toList();
    }

    public Optional<FromAddress> byEmail(String email) {
        return all().stream().filter(a -> a.email().equalsIgnoreCase(email)).findFirst();
    }

    public Optional<FromAddress> defaultAddress() {
        return all().stream().filter(FromAddress::isDefault).findFirst();
    }
}
