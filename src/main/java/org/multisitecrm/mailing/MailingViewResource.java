package org.multisitecrm.mailing;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.multisitecrm.branding.Branding;
import org.multisitecrm.security.DomainWork;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.tenancy.CurrentDomain;

import java.util.HashMap;
import java.util.Map;

/**
 * A sent mailing as a web page ({@code {mailing.viewUrl}}), on the sending domain's host, in its look: the
 * subject and the HTML body with the domain's tokens and no recipient's, shown in a sandboxed frame so
 * the body's HTML can run nothing on the site.
 */
@Path("view")
public class MailingViewResource {

    @Inject
    private MailingLinkActions actions;

    @Inject
    private SendingDomains domains;

    @Inject
    private CurrentDomain domain;

    @Inject
    private Branding branding;

    @GET
    public Response view(@QueryParam("id") long mailingId, @QueryParam("h") String hash) {
        try {
            String content = DomainWork.call(domain.getId(), "a mailing's web view", () -> {
                Mailing mailing = actions.viewable(mailingId, hash);
                Map<String, String> values = new HashMap<>();
                domains.current().tokens().forEach((k, v) -> values.put("domain." + k, v));
                values.put("action.unsubscribeUrl", "#");
                values.put("action.optOutUrl", "#");
                values.put("mailing.viewUrl", "#");
                String body = MailTokens.withoutContactTokens(MailTokens.render(mailing.getBodyHtml() != null ? mailing.getBodyHtml()
                        : "<pre>" + MailTokens.escapeHtml(mailing.getBodyText() == null ? "" : mailing.getBodyText()) + "</pre>", values, true));
                return "<h2>" + MailTokens.escapeHtml(MailTokens.withoutContactTokens(MailTokens.render(mailing.getSubject(), values, false)))
                        + "</h2><iframe sandbox=\"\" title=\"The mailing\" style=\"width:100%;min-height:60vh;border:0\" srcdoc=\""
                        + MailTokens.escapeHtml(body) + "\"></iframe>";
            });
            return MailingLinkResource.page(200, domain.getName(), DomainWork.call(domain.getId(), "a mailing's web view",
                    () -> branding.current()), content);
        } catch (NotFound e) {
            return MailingLinkResource.page(404, domain.getName(), DomainWork.call(domain.getId(), "a mailing's web view",
                    () -> branding.current()), "<p>This link is not valid.</p>");
        }
    }
}
