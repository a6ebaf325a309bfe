package org.multisitecrm.option;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.catalog.FieldOption;
import org.multisitecrm.catalog.OptionSource;

import java.util.List;

/**
 * The catalogue's option values from CiviCRM's option groups. Option values are optional per domain,
 * so the persistence rules already give the bound domain the shared values and its own, never another's.
 */
@ApplicationScoped
public class OptionGroupOptions implements OptionSource {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public List<FieldOption> choices(String optionGroup) {
        return em.createQuery("SELECT v.value, v.name, v.label, v.description, v.icon, v.color, v.grouping FROM OptionValue v"
                        + " WHERE v.optionGroup.name = :g AND v.isActive = TRUE ORDER BY v.weight, v.id", Object[].class)
                .setParameter("g", optionGroup).getResultList().stream()
                .map(row -> new FieldOption((String) row[0], row[1] == null ? (String) row[2] : (String) row[1], (String) row[2],
                        (String) row[3], (String) row[4], (String) row[5], (String) row[6]))
                .toList();
    }
}
