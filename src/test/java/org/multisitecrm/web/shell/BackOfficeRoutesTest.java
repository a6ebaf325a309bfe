package org.multisitecrm.web.shell;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** CiviCRM's menu paths and the back-office pages they open. */
class BackOfficeRoutesTest {

    @Test
    void aCiviCrmPathOpensOurPageWithItsParametersButReset() {
        assertEquals(Optional.of("/contact/search.xhtml"), BackOfficeRoutes.page("civicrm/contact/search?reset=1"));
        assertEquals(Optional.of("/contact/edit.xhtml?ct=Individual"), BackOfficeRoutes.page("civicrm/contact/add?reset=1&ct=Individual"));
        assertEquals(Optional.of("/contact/search.xhtml"), BackOfficeRoutes.page("/civicrm/contact/search"));
    }

    @Test
    void aContactsCidBecomesTheIdOurPagesTakeSinceCdiOwnsCid() {
        assertEquals(Optional.of("/contact/view.xhtml?id=42"), BackOfficeRoutes.page("civicrm/contact/view?reset=1&cid=42"));
    }

    @Test
    void aPathWithoutAPageHereIsNoLink() {
        assertEquals(Optional.empty(), BackOfficeRoutes.page("civicrm/member?reset=1"));
        assertEquals(Optional.empty(), BackOfficeRoutes.page(null));
        assertEquals(Optional.empty(), BackOfficeRoutes.page(" "));
    }
}
