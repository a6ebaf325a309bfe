package org.multisitecrm.security.visibility;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/** Applies relationship start and end dates as days pass: grants of ended relationships go. */
@Singleton
public class RelationshipExpiryJob {

    private static final Logger LOG = Logger.getLogger(RelationshipExpiryJob.class.getName());

    @Inject
    private RelationshipGrants grants;

    @Schedule(hour = "0", minute = "5", persistent = false)
    public void applyDates() {
        int grantees = grants.refreshAll();
        LOG.info(() -> "Relationship dates applied: grants of " + grantees + " contacts recomputed");
    }
}
