package org.multisitecrm.web.session;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which requests are back-office pages, and where a sign-in may send the user next: never off this site. */
class BackOfficeGateTest {

    @Test
    void pagesAreTheRootAndFaceletsViewsButNotFacesResources() {
        assertTrue(BackOfficeGate.isPage("/"));
        assertTrue(BackOfficeGate.isPage("/contact/search.xhtml"));
        assertFalse(BackOfficeGate.isPage("/jakarta.faces.resource/theme.css.xhtml"));
        assertFalse(BackOfficeGate.isPage("/civicrm/ajax/api4/Contact/get"));
        assertFalse(BackOfficeGate.isPage("/handoff"));
    }

    @Test
    void afterSignInOnlyAPathOfThisSiteIsFollowed() {
        assertEquals("/contact/view.xhtml?id=5", BackOfficeGate.safeNext("/contact/view.xhtml?id=5"));
        for (String elsewhere : new String[] {null, "", "https://evil.example/", "//evil.example/", "/\\evil.example",
                "/\r\nSet-Cookie: x=1", "/login.xhtml?next=/", "contact/search.xhtml"}) {
            assertEquals("/", BackOfficeGate.safeNext(elsewhere), String.valueOf(elsewhere));
        }
    }
}
