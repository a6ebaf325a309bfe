package org.multisitecrm.security.visibility;

import java.util.Set;

/** Lets a test read the index the wide viewers' way for chosen domains (the minute job may reset it; both ways agree). */
public final class ViewerBreadthProbe {

    private ViewerBreadthProbe() {
    }

    public static void markWide(Long... domainIds) {
        ViewerBreadth.update(Set.of(domainIds));
    }
}
