package org.multisitecrm.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/** Binds every request, whatever serves it (JAX-RS, Faces, resources), to the domain of its Host (first filter in web.xml). */
public class DomainResolutionFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(DomainResolutionFilter.class.getName());

    @Inject
    private SiteDirectory sites;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String host = request.getHeader("Host");
        if (!RequestHost.isWellFormed(host) || java.util.Collections.list(request.getHeaders("Host")).size() > 1) {
            LOG.info(() -> "Refused a request with a malformed Host header from " + request.getRemoteAddr());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The Host header is malformed");
            return;
        }
        Optional<ResolvedDomain> domain = sites.resolve(host);
        if (domain.isEmpty()) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "No domain serves this address");
            return;
        }
        request.setAttribute(ResolvedDomain.REQUEST_ATTRIBUTE, domain.get());
        try (DomainScope.Binding ignored = DomainScope.of(domain.get().domainId()).bind()) {
            chain.doFilter(request, response);
        }
    }
}
