package org.multisitecrm.security;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.security.Permission.*;

class UserAdministratorTest {

    private static final long NORTH = 2;
    private static final long SOUTH = 3;
    private static final Set<Permission> BRANCH_MANAGER = EnumSet.of(ACCESS_CIVICRM, VIEW_ALL_CONTACTS_IN_DOMAIN,
            EDIT_ALL_CONTACTS_IN_DOMAIN, LIST_ALL_GROUPS_IN_DOMAIN, ADMINISTER_CIVICRM, ADMINISTER_USERS);
    private static final Set<Permission> STAFF = EnumSet.of(ACCESS_CIVICRM);

    private final UserAdministrator northManager = UserAdministrator.holding(NORTH, BRANCH_MANAGER);
    private final UserAdministrator headOffice = UserAdministrator.holding(1, EnumSet.allOf(Permission.class));

    @Test
    void aBranchAdministratorGrantsRolesWithinWhatItHoldsOnItsOwnDomain() {
        assertTrue(northManager.refusalToGrant(NORTH, "Staff", STAFF).isEmpty());
        assertTrue(northManager.refusalToGrant(NORTH, "Branch manager", BRANCH_MANAGER).isEmpty());
    }

    @Test
    void aBranchAdministratorCannotGrantOnAnotherDomain() {
        assertEquals("administering the logins of domain 3 needs 'cms:administer users' there or 'administer Multiple Organizations'",
                northManager.refusalToGrant(SOUTH, "Staff", STAFF).orElseThrow());
    }

    @Test
    void noOneHandsOutMoreThanTheyHold() {
        String refusal = northManager.refusalToGrant(NORTH, "Administrator", EnumSet.allOf(Permission.class)).orElseThrow();
        assertTrue(refusal.startsWith("role 'Administrator' gives 'view all contacts', 'edit all contacts', "), refusal);
        assertTrue(refusal.contains("'administer Multiple Organizations'"), refusal);
        assertFalse(refusal.contains("'access CiviCRM'"), refusal);
    }

    @Test
    void aBranchSeesOnlyTheLoginsOfItsDomainIncludingSharedOnes() {
        assertTrue(northManager.sees(Set.of(NORTH)));
        assertTrue(northManager.sees(Set.of(NORTH, SOUTH)));
        assertFalse(northManager.sees(Set.of(SOUTH)), "another domain's login is as missing");
        assertFalse(northManager.sees(Set.of()), "a login of no domain is head office's to give");
        assertTrue(headOffice.sees(Set.of()));
    }

    @Test
    void headOfficeGrantsAnythingAnywhere() {
        assertTrue(headOffice.refusalToGrant(SOUTH, "Administrator", EnumSet.allOf(Permission.class)).isEmpty());
        assertTrue(headOffice.refusalToManage(Set.of(NORTH, SOUTH)).isEmpty());
        assertTrue(headOffice.delegatedDomain().isEmpty());
    }

    @Test
    void withoutAdministerUsersNothingIsAdministered() {
        UserAdministrator staff = UserAdministrator.holding(NORTH, STAFF);
        assertFalse(staff.administers(NORTH));
        assertFalse(staff.sees(Set.of(NORTH)));
        assertTrue(staff.refusalToGrant(NORTH, "Staff", STAFF).isPresent());
        assertTrue(staff.refusalToManage(Set.of(NORTH)).isPresent());
    }

    @Test
    void aBranchManagesOnlyLoginsThatBelongToItAlone() {
        assertTrue(northManager.refusalToManage(Set.of(NORTH)).isEmpty());
        assertEquals("the login also belongs to another domain, so only head office manages it",
                northManager.refusalToManage(Set.of(NORTH, SOUTH)).orElseThrow());
        assertTrue(northManager.refusalToManage(Set.of(SOUTH)).isPresent());
        assertTrue(northManager.refusalToManage(Set.of()).isPresent(), "a login of no domain is head office's");
    }
}
