package org.multisitecrm.branding;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.multisitecrm.security.NotFound;

/**
 * The request's domain's logo, to anyone (the sign-in and public pages show it), as the image type its
 * bytes are, never sniffed as anything else.
 */
@Path("logo")
public class LogoResource {

    @Inject
    private Branding branding;

    @GET
    public Response logo() {
        DomainBranding brand = branding.current().filter(DomainBranding::hasLogo)
                .orElseThrow(() -> new NotFound("This domain has no logo"));
        return Response.ok(brand.bytes(), brand.getLogoType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "public, max-age=300")
                .header("Content-Security-Policy", "default-src 'none'")
                .build();
    }
}
