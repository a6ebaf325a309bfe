package org.multisitecrm.web.contact;

import org.multisitecrm.security.NotFound;

/** A contact id from a page's address. */
final class ContactIds {

    private ContactIds() {
    }

    static long parse(String id) {
        try {
            return Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            throw new NotFound("That contact does not exist");
        }
    }
}
