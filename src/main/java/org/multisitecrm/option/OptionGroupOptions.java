package org.multisitecrm.option;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.catalog.OptionSource;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The catalogue's option values from CiviCRM's option groups. Option values are optional per domain,
 * so the persistence rules already give the bound domain the shared values and its own, never another's.
 */
@ApplicationScoped
public class OptionGroupOptions implements OptionSource {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public Map<String, String> options(String optionGroup) {
        Map<String, String> options = new LinkedHashMap<>();
        em.createQuery("SELECT v.value, v.label FROM OptionValue v WHERE v.optionGroup.name = :g AND v.isActive = TRUE"
                        + " ORDER BY v.weight, v.id", Object[].class)
                .setParameter("g", optionGroup).getResultList()
                .forEach(row -> options.put((String) row[0], (String) row[1]));
        return options;
    }
}
