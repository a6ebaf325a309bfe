package org.multisitecrm.tenancy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot of all sites and domains, and Wagtail's matching rules over it: hostname and port;
 * else hostname alone (the default among several, else the lowest port); else the default site.
 */
public final class SiteTable {

    public record SiteRow(String hostname, int port, boolean isDefault, long domainId) {
    }

    public record DomainRow(long id, String name, String description, String parentName) {
    }

    private final List<SiteRow> sites;
    private final Map<Long, DomainRow> domains;

    public SiteTable(List<SiteRow> sites, Map<Long, DomainRow> domains) {
        this.sites = List.copyOf(sites);
        this.domains = Map.copyOf(domains);
    }

    public Optional<ResolvedDomain> match(RequestHost host) {
        Optional<SiteRow> exact = sites.stream()
                .filter(s -> s.hostname().equals(host.hostname()) && s.port() == host.port())
                .findFirst();
        Optional<SiteRow> site = exact
                .or(() -> sites.stream()
                        .filter(s -> s.hostname().equals(host.hostname()))
                        .min(Comparator.comparing((SiteRow s) -> !s.isDefault()).thenComparingInt(SiteRow::port)))
                .or(this::defaultSite);
        return site.map(s -> resolved(domains.get(s.domainId()), s));
    }

    public Optional<ResolvedDomain> forDomain(long domainId) {
        return Optional.ofNullable(domains.get(domainId)).map(d -> resolved(d, null));
    }

    /** The site a domain is reached at: its default site, else its first. */
    public Optional<SiteRow> siteOf(long domainId) {
        return sites.stream().filter(s -> s.domainId() == domainId)
                .min(Comparator.comparing((SiteRow s) -> !s.isDefault()).thenComparingInt(SiteRow::port));
    }

    public Optional<SiteRow> defaultSite() {
        return sites.stream().filter(SiteRow::isDefault).findFirst();
    }

    public List<SiteRow> sites() {
        return sites;
    }

    public java.util.Collection<DomainRow> domains() {
        return domains.values();
    }

    public Optional<DomainRow> domain(long id) {
        return Optional.ofNullable(domains.get(id));
    }

    private static ResolvedDomain resolved(DomainRow domain, SiteRow site) {
        return new ResolvedDomain(domain.id(), domain.name(), domain.description(), domain.parentName(),
                site == null ? null : site.hostname(), site == null ? 0 : site.port());
    }
}
