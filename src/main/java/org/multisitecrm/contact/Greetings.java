package org.multisitecrm.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.util.List;
import java.util.Map;

/**
 * CiviCRM's greeting options (email_greeting, postal_greeting, addressee): each a template for some
 * contact types (the option's filter), one the default of each type, and "Customized", which takes the
 * contact's own text. The option values are read as the bound domain reads them.
 */
@ApplicationScoped
public class Greetings {

    static final String EMAIL = "email_greeting";
    static final String POSTAL = "postal_greeting";
    static final String ADDRESSEE = "addressee";
    private static final String CUSTOMIZED = "Customized";

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** The three greeting lists as the bound domain is offered them, read in one query. */
    Table table() {
        Map<String, List<Option>> byGroup = new java.util.HashMap<>();
        em.createQuery("SELECT v.optionGroup.name, v.value, v.name, v.filter, v.isDefault FROM OptionValue v"
                        + " WHERE v.optionGroup.name IN :g AND v.isActive = TRUE ORDER BY v.weight", Object[].class)
                .setParameter("g", List.of(EMAIL, POSTAL, ADDRESSEE)).getResultList()
                .forEach(row -> byGroup.computeIfAbsent((String) row[0], g -> new java.util.ArrayList<>())
                        .add(new Option((String) row[1], (String) row[2], row[3] == null ? 0 : ((Number) row[3]).intValue(), (Boolean) row[4])));
        return new Table(byGroup);
    }

    private record Option(String value, String name, int filter, boolean isDefault) {
    }

    /** The greeting options of each list. */
    record Table(Map<String, List<Option>> byGroup) {

        /** The option a contact of the type gets when none is chosen, or null when the type has no default. */
        Integer defaultFor(String group, ContactType type) {
            return options(group).stream().filter(o -> o.isDefault() && o.filter() == filter(type))
                    .map(o -> Integer.valueOf(o.value())).findFirst().orElse(null);
        }

        /** The greeting the option makes for the contact; a Customized one needs the contact's own text. */
        String render(String group, Integer value, String custom, Map<String, String> tokens) {
            if (value == null) {
                return null;
            }
            Option option = options(group).stream().filter(o -> o.value().equals(String.valueOf(value))).findFirst()
                    .orElseThrow(() -> new InvalidInput(group + "_id", "'" + value + "' is not one of the " + group + " options"));
            if (option.name().equals(CUSTOMIZED)) {
                if (custom == null || custom.isBlank()) {
                    throw new InvalidInput(group + "_custom", "is required when " + group + "_id is Customized");
                }
                return ContactStyle.render(custom, tokens);
            }
            return ContactStyle.render(option.name(), tokens);
        }

        private List<Option> options(String group) {
            return byGroup.getOrDefault(group, List.of());
        }
    }

    private static int filter(ContactType type) {
        return switch (type) {
            case Individual -> 1;
            case Household -> 2;
            case Organization -> 3;
        };
    }
}
