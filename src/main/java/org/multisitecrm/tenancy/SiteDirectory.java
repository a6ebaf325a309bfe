package org.multisitecrm.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Resolves a request's domain from its Host header without touching the database: the sites are
 * held in memory and reloaded when {@link SitesChanged} is fired. With {@code crm.domain.id}
 * ({@code CRM_DOMAIN_ID}) the instance serves that one domain and ignores the Host header.
 */
@ApplicationScoped
public class SiteDirectory {

    private static final Logger LOG = Logger.getLogger(SiteDirectory.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "crm.domain.id")
    private Optional<Long> pinnedDomainId;

    private volatile SiteTable table;

    public Optional<ResolvedDomain> resolve(String hostHeader) {
        SiteTable current = table();
        return pinnedDomainId.isPresent()
                ? current.forDomain(pinnedDomainId.get())
                : current.match(RequestHost.parse(hostHeader));
    }

    public Optional<Long> pinnedDomainId() {
        return pinnedDomainId;
    }

    public SiteTable table() {
        SiteTable current = table;
        return current != null ? current : reload();
    }

    public synchronized SiteTable reload() {
        List<Object[]> siteRows = em.createQuery(
                "SELECT s.hostname, s.port, s.isDefault, s.domain.id FROM Site s ORDER BY s.id", Object[].class).getResultList();
        List<Object[]> domainRows = em.createQuery(
                "SELECT d.id, d.name, d.description, p.name FROM Domain d LEFT JOIN d.parent p", Object[].class).getResultList();
        Map<Long, SiteTable.DomainRow> domains = new HashMap<>();
        for (Object[] row : domainRows) {
            long id = ((Number) row[0]).longValue();
            domains.put(id, new SiteTable.DomainRow(id, (String) row[1], (String) row[2], (String) row[3]));
        }
        List<SiteTable.SiteRow> sites = siteRows.stream()
                .map(row -> new SiteTable.SiteRow((String) row[0], ((Number) row[1]).intValue(), (Boolean) row[2],
                        ((Number) row[3]).longValue()))
                .toList();
        table = new SiteTable(sites, domains);
        LOG.fine(() -> "Site table loaded: " + sites.size() + " sites, " + domains.size() + " domains");
        return table;
    }

    void onSitesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SitesChanged change) {
        LOG.fine(() -> "Reloading sites: " + change.reason());
        reload();
    }
}
