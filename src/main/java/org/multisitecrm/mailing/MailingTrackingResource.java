package org.multisitecrm.mailing;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.multisitecrm.security.DomainWork;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.tenancy.CurrentDomain;

import java.net.URI;
import java.util.Base64;

/**
 * Tracking on the sending domain's host: a tracked link ({@code /civicrm/mailing/url}) counts the click and
 * forwards to one of this domain's mailing links, never elsewhere; the open image ({@code /civicrm/mailing/open})
 * counts an open and is a transparent pixel whatever it was asked.
 */
@Path("")
public class MailingTrackingResource {

    private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    @Inject
    private MailingLinkActions actions;

    @Inject
    private CurrentDomain domain;

    @GET
    @Path("url")
    public Response click(@QueryParam("u") long trackableUrlId, @QueryParam("qid") long queueId, @QueryParam("h") String hash) {
        try {
            String url = DomainWork.call(domain.getId(), "a tracked link", () -> actions.click(trackableUrlId, queueId, hash));
            return Response.status(Response.Status.FOUND).location(URI.create(url)).header("Cache-Control", "no-store").build();
        } catch (NotFound | IllegalArgumentException e) {
            return Response.status(Response.Status.NOT_FOUND).type("text/plain").entity("This link is not valid.").build();
        }
    }

    @GET
    @Path("open")
    public Response open(@QueryParam("qid") long queueId, @QueryParam("h") String hash) {
        DomainWork.run(domain.getId(), "a mailing's open", () -> actions.opened(queueId, hash));
        return Response.ok(PIXEL, "image/gif").header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff").build();
    }
}
