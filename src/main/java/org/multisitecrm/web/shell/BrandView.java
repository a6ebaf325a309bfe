package org.multisitecrm.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.multisitecrm.branding.Branding;
import org.multisitecrm.branding.DomainBranding;

/** The domain's logo and header line for the page header, read once per request. */
@Named("brand")
@RequestScoped
public class BrandView {

    @Inject
    private Branding branding;

    private boolean logo;
    private String header;

    @PostConstruct
    void load() {
        DomainBranding brand = branding.current().orElse(null);
        logo = brand != null && brand.hasLogo();
        header = brand == null ? null : brand.getHeader();
    }

    public boolean isLogo() {
        return logo;
    }

    public String getHeader() {
        return header;
    }
}
