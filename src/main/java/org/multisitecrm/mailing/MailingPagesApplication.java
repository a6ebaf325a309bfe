package org.multisitecrm.mailing;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/**
 * The public pages a domain's mail links to, on its host: unsubscribe, opt-out, tracked links, the open
 * image and the mailing's web view ({@code /civicrm/mailing/...}).
 */
@ApplicationPath("/civicrm/mailing")
public class MailingPagesApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(MailingLinkResource.class, MailingTrackingResource.class, MailingViewResource.class);
    }
}
