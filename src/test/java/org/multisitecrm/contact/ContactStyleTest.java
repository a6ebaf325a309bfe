package org.multisitecrm.contact;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContactStyleTest {

    private static final String ADDRESSEE =
            "{contact.prefix_id:label}{ }{contact.first_name}{ }{contact.middle_name}{ }{contact.last_name}{ }{contact.suffix_id:label}";

    @Test
    void theDisplayNameCarriesPrefixAndSuffixWhenThereAreSome() {
        assertEquals("Dr. Ada Lovelace Jr.", ContactStyle.individualDisplayName("Dr.", "Ada", "Lovelace", "Jr."));
        assertEquals("Ada Lovelace", ContactStyle.individualDisplayName(null, "Ada", "Lovelace", null));
        assertEquals("Lovelace", ContactStyle.individualDisplayName("", null, " Lovelace ", null));
    }

    @Test
    void aTemplateTakesTheContactsValuesAndDropsSpacesAroundMissingOnes() {
        assertEquals("Dear Ada", ContactStyle.render("Dear {contact.first_name}", Map.of("first_name", "Ada")));
        assertEquals("Ada Lovelace", ContactStyle.render(ADDRESSEE, Map.of("first_name", "Ada", "last_name", "Lovelace")));
        assertEquals("Dr. Ada B. Lovelace Jr.", ContactStyle.render(ADDRESSEE, Map.of("prefix_id:label", "Dr.", "first_name", "Ada",
                "middle_name", "B.", "last_name", "Lovelace", "suffix_id:label", "Jr.")));
        assertEquals("Dear", ContactStyle.render("Dear {contact.first_name}", Map.of()));
        assertEquals("Dear $1 {x}", ContactStyle.render("Dear {contact.first_name} {x}", Map.of("first_name", "$1")),
                "a value is text, never a pattern; an unknown brace is kept");
    }
}
