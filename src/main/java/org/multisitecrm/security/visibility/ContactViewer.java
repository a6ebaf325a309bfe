package org.multisitecrm.security.visibility;

import org.multisitecrm.security.Caller;

/**
 * What of a caller the contact rule reads: 'view all contacts' (or the server itself), the domain whose
 * site tree it sees through the index (0 for none), its own contact (0 for none) and the request's
 * domain, whose site tree its ACLs count on. The criteria's parameters and the index's answers are
 * both taken from here, so they cannot disagree about who is asking.
 */
record ContactViewer(boolean seesAll, long indexDomain, long ownContact, long requestDomain) {

    static ContactViewer of(Caller caller) {
        return new ContactViewer(caller.isSystem() || caller.seesAllContacts(), caller.contactDomain().orElse(0L),
                caller.contactId().orElse(0L), caller.domainId().orElse(0L));
    }
}
