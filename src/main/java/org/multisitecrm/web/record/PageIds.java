package org.multisitecrm.web.record;

import org.multisitecrm.security.NotFound;

/** A record's id from a page's address: one that is no number names no record, answered like another domain's. */
public final class PageIds {

    private PageIds() {
    }

    public static long parse(String id, String entity) {
        try {
            return Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            throw new NotFound("That " + entity + " does not exist");
        }
    }
}
