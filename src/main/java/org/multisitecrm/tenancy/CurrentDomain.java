package org.multisitecrm.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The request's domain, for pages and resources ({@code #{currentDomain.name}}). */
@Named
@RequestScoped
public class CurrentDomain {

    @Inject
    private HttpServletRequest request;

    public ResolvedDomain get() {
        Object resolved = request.getAttribute(ResolvedDomain.REQUEST_ATTRIBUTE);
        if (resolved == null) {
            throw new IllegalStateException("The request was not bound to a domain");
        }
        return (ResolvedDomain) resolved;
    }

    public long getId() {
        return get().domainId();
    }

    public String getName() {
        return get().name();
    }

    public String getDescription() {
        return get().description();
    }

    public String getParentName() {
        return get().parentName();
    }
}
