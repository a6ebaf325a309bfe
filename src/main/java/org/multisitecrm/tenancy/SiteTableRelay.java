package org.multisitecrm.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.multisitecrm.cluster.ClusterNotice;
import org.multisitecrm.cluster.ClusterNotices;

/**
 * Keeps every member's site table current: a change of domains or sites committed here is told to the
 * other members, and one told by another member is fired here as if made here.
 */
@ApplicationScoped
class SiteTableRelay {

    @Inject
    private ClusterNotices notices;

    @Inject
    private Event<SitesChanged> sitesChanged;

    void tellOthers(@Observes(during = TransactionPhase.AFTER_SUCCESS) SitesChanged change) {
        if (!change.fromOtherMember()) {
            notices.publish(ClusterNotice.SITES, change.reason());
        }
    }

    void hear(@Observes ClusterNotice notice) {
        if (ClusterNotice.SITES.equals(notice.subject())) {
            sitesChanged.fire(new SitesChanged(notice.detail() + " (on " + notice.fromMember() + ")", true));
        }
    }
}
