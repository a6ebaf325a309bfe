package org.multisitecrm.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The permission vocabulary's rules, without a container. */
class RequirementTest {

    private static Caller holding(Permission... permissions) {
        return Caller.user(7L, "branch", 2L, null, Set.of(permissions));
    }

    @Test
    void onePermission() {
        assertTrue(Requirement.ADMINISTER_CIVICRM.isMetBy(holding(Permission.ADMINISTER_CIVICRM)));
        assertFalse(Requirement.ADMINISTER_CIVICRM.isMetBy(holding(Permission.EDIT_ALL_CONTACTS_IN_DOMAIN)));
        assertFalse(Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS.isMetBy(holding(Permission.ADMINISTER_CIVICRM)),
                "a branch administrator is not head office");
    }

    @Test
    void anyAndAll() {
        Requirement manage = Requirement.anyOf(Permission.EDIT_ALL_CONTACTS_IN_DOMAIN, Permission.ADMINISTER_CIVICRM);
        assertTrue(manage.isMetBy(holding(Permission.ADMINISTER_CIVICRM)));
        assertFalse(manage.isMetBy(holding(Permission.VIEW_ALL_CONTACTS_IN_DOMAIN)));
        Requirement audit = Requirement.allOf(Permission.VIEW_AUDIT_LOG, Permission.ADMINISTER_MULTIPLE_ORGANIZATIONS);
        assertFalse(audit.isMetBy(holding(Permission.VIEW_AUDIT_LOG)));
        assertTrue(audit.isMetBy(holding(Permission.VIEW_AUDIT_LOG, Permission.ADMINISTER_MULTIPLE_ORGANIZATIONS)));
        assertEquals("'edit all contacts in domain' or 'administer CiviCRM'", manage.describe());
        assertEquals("'view audit log' and 'administer Multiple Organizations'", audit.describe());
    }

    @Test
    void theServerActingForItselfMeetsEveryRequirementAndAnonymousNone() {
        assertTrue(Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS.isMetBy(Caller.system("a test")));
        assertFalse(Requirement.anyOf(Permission.ACCESS_CIVICRM).isMetBy(Caller.anonymous(2L)));
    }
}
