package org.multisitecrm.mailing;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.multisitecrm.branding.Branding;
import org.multisitecrm.branding.DomainBranding;
import org.multisitecrm.security.DomainWork;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.tenancy.CurrentDomain;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The unsubscribe and opt-out pages a mailing links to, public, on the sending domain's host and in its
 * look (name, logo, header): a GET asks to confirm (so a mail scanner following links changes nothing),
 * the form's POST does it. A link that is not valid here is a 404 page saying so.
 */
@Path("{action: unsubscribe|optout}")
public class MailingLinkResource {

    @Inject
    private MailingLinkActions actions;

    @Inject
    private CurrentDomain domain;

    @Inject
    private Branding branding;

    @GET
    public Response confirm(@PathParam("action") String action, @QueryParam("qid") long queueId, @QueryParam("h") String hash) {
        return page(() -> {
            MailingQueueItem item = actions.verified(queueId, hash);
            String question = action.equals(MailingLinks.UNSUBSCRIBE)
                    ? "Unsubscribe " + masked(item.getEmail()) + " from the mailing lists this message was sent to?"
                    : "Stop all bulk email from " + domain.getName() + " to " + masked(item.getEmail()) + "?";
            return "<p>" + MailTokens.escapeHtml(question) + "</p><form method=\"post\"><input type=\"hidden\" name=\"qid\" value=\""
                    + queueId + "\"><input type=\"hidden\" name=\"h\" value=\"" + MailTokens.escapeHtml(hash) + "\">"
                    + "<button type=\"submit\">" + (action.equals(MailingLinks.UNSUBSCRIBE) ? "Unsubscribe" : "Opt out") + "</button></form>";
        });
    }

    @POST
    public Response apply(@PathParam("action") String action, @FormParam("qid") long queueId, @FormParam("h") String hash) {
        return page(() -> {
            boolean unsubscribe = action.equals(MailingLinks.UNSUBSCRIBE);
            boolean changed = unsubscribe ? actions.unsubscribe(queueId, hash) : actions.optOut(queueId, hash);
            String done = unsubscribe ? "You are unsubscribed from these mailing lists." : "You will receive no more bulk email from "
                    + domain.getName() + ".";
            return "<p>" + MailTokens.escapeHtml(changed ? done : "This was already done: " + done) + "</p>";
        });
    }

    private Response page(Supplier<String> body) {
        String content;
        int status = 200;
        try {
            content = DomainWork.call(domain.getId(), "a mailing link", body);
        } catch (NotFound e) {
            status = 404;
            content = "<p>This link is not valid. If you copied it from an email, check that it is complete.</p>";
        }
        Optional<DomainBranding> brand = DomainWork.call(domain.getId(), "a mailing link's page", () -> branding.current());
        return page(status, domain.getName(), brand, content);
    }

    /** A public page in the domain's look (its name, logo and header) around trusted, escaped content. */
    static Response page(int status, String domainName, Optional<DomainBranding> brand, String content) {
        String name = MailTokens.escapeHtml(domainName);
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + name + "</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body><header>"
                + (brand.filter(DomainBranding::hasLogo).isPresent() ? "<img src=\"/civicrm/domain/logo\" alt=\"\" height=\"48\">" : "")
                + "<h1>" + name + "</h1>" + brand.map(DomainBranding::getHeader).filter(h -> h != null && !h.isBlank())
                .map(h -> "<p>" + MailTokens.escapeHtml(h) + "</p>").orElse("") + "</header><main>" + content + "</main></body></html>";
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; form-action 'self'; frame-src 'self'")
                .header("Cache-Control", "no-store").build();
    }

    private static String masked(String email) {
        if (email == null || !email.contains("@")) {
            return "your address";
        }
        int at = email.indexOf('@');
        return email.charAt(0) + "***" + email.substring(at);
    }
}
