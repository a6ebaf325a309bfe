package org.multisitecrm.navigation;

import org.junit.jupiter.api.Test;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CiviCRM's reading of a menu entry's permission and permission_operator, and the pruning of empty entries. */
class MenuPermissionTest {

    private static final Predicate<String> MANAGER = Set.of("access CiviCRM", "view all contacts in domain")::contains;

    @Test
    void everyListedPermissionIsNeededUnlessTheOperatorIsOr() {
        assertTrue(MenuPermission.of("access CiviCRM, view all contacts in domain", null).allows(MANAGER));
        assertFalse(MenuPermission.of("access CiviCRM,administer CiviCRM", "AND").allows(MANAGER));
        assertTrue(MenuPermission.of("administer CiviCRM,access CiviCRM", "OR").allows(MANAGER));
        assertTrue(MenuPermission.of("administer CiviCRM,access CiviCRM", " or ").allows(MANAGER));
        assertFalse(MenuPermission.of("administer CiviCRM,access CiviMember", "OR").allows(MANAGER));
    }

    @Test
    void anEntryWithoutPermissionIsForEveryoneAndAnUnknownPermissionForNobody() {
        assertTrue(MenuPermission.of(null, null).allows(p -> false));
        assertTrue(MenuPermission.of(" , ", "AND").allows(p -> false));
        assertFalse(MenuPermission.of("access CiviMember", null).allows(MANAGER));
    }

    @Test
    void anOperatorOtherThanAndOrOrIsRefusedByName() {
        MenuPermission.requireValidOperator(null);
        MenuPermission.requireValidOperator("");
        MenuPermission.requireValidOperator("and");
        InvalidInput refused = assertThrows(InvalidInput.class, () -> MenuPermission.requireValidOperator("XOR"));
        assertEquals("permission_operator", refused.field());
    }

    @Test
    void anEntryWithoutALinkOfItsOwnGoesOnceNoChildIsKept() {
        MenuItem find = new MenuItem("Find Contacts", "Find Contacts", "civicrm/contact/search", null, List.of());
        MenuItem advanced = new MenuItem("Advanced Search", "Advanced Search", "civicrm/contact/search/advanced", null, List.of());
        MenuItem search = new MenuItem("Search", "Search", null, null, List.of(find, advanced));

        MenuItem kept = search.keep(item -> item != advanced).orElseThrow();
        assertEquals(List.of(find), kept.children());
        assertTrue(search.keep(item -> false).isEmpty());
    }
}
