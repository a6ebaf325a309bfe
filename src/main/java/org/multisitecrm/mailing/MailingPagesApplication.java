package org.multisitecrm.mailing;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/** The public pages a domain's mail links to ({@code /civicrm/mailing/unsubscribe}, {@code /civicrm/mailing/optout}), on its host. */
@ApplicationPath("/civicrm/mailing")
public class MailingPagesApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(MailingLinkResource.class);
    }
}
