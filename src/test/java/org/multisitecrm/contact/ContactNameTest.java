package org.multisitecrm.contact;

import org.junit.jupiter.api.Test;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The naming rules of contacts, without a container: what CiviCRM derives and what it refuses. */
class ContactNameTest {

    @Test
    void anIndividualIsDisplayedFirstNameFirstAndSortedByLastName() {
        ContactName name = new ContactName(" Nora ", "North", null);
        assertEquals("Nora North", name.individualDisplayName());
        assertEquals("North, Nora", name.individualSortName());
        assertEquals("Nora", new ContactName("Nora", null, null).individualSortName());
        assertEquals("North", new ContactName(null, "North", null).individualSortName());
    }

    @Test
    void anIndividualNeedsAFirstOrALastName() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> new ContactName(" ", null, null).requireValidFor(ContactType.Individual));
        assertEquals("first_name", refused.field());
        new ContactName(null, "North", null).requireValidFor(ContactType.Individual);
    }

    @Test
    void anOrganizationOrHouseholdNeedsItsNameAndTheRefusalNamesTheField() {
        assertEquals("organization_name", assertThrows(InvalidInput.class,
                () -> new ContactName("Nora", null, null).requireValidFor(ContactType.Organization)).field());
        assertEquals("household_name", assertThrows(InvalidInput.class,
                () -> new ContactName(null, null, "").requireValidFor(ContactType.Household)).field());
    }

    @Test
    void aNameTooLongForItsColumnIsRefusedBeforeTheDatabaseSeesIt() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> new ContactName("x".repeat(65), null, null).requireValidFor(ContactType.Individual));
        assertEquals("first_name", refused.field());
        assertTrue(refused.getMessage().contains("64"), refused.getMessage());
        new ContactName(null, null, "y".repeat(128)).requireValidFor(ContactType.Organization);
    }
}
