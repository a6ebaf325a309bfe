package org.multisitecrm.api4;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The titles Entity.get derives from CiviCRM's entity names. */
class EntityMetadataTest {

    @Test
    void namesBecomeTitlesAndPlurals() {
        assertEquals("Membership Type", EntityMetadata.title("MembershipType"));
        assertEquals("ACL Entity Role", EntityMetadata.title("ACLEntityRole"));
        assertEquals("UF Match", EntityMetadata.title("UFMatch"));
        assertEquals("Membership Statuses", EntityMetadata.plural("Membership Status"));
        assertEquals("Addresses", EntityMetadata.plural("Address"));
        assertEquals("Activities", EntityMetadata.plural("Activity"));
        assertEquals("Contacts", EntityMetadata.plural("Contact"));
    }
}
