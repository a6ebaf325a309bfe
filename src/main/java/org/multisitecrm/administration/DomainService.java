package org.multisitecrm.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.infrastructure.validation.Conflict;
import org.multisitecrm.security.Access;
import org.multisitecrm.security.Requirement;
import org.multisitecrm.security.NotFound;

import java.util.regex.Pattern;
import org.multisitecrm.tenancy.Site;
import org.multisitecrm.tenancy.RequestHost;
import org.multisitecrm.tenancy.Domain;
import org.multisitecrm.tenancy.SitesChanged;
import org.multisitecrm.tenancy.DomainMoved;
import org.multisitecrm.tenancy.InvalidDomainException;

/**
 * Creates domains with their organisation contact and sites, then provisions them. Keeps the site
 * rules: hostname and port unique together, exactly one default site in the whole instance.
 */
@ApplicationScoped
public class DomainService {

    static final String SCHEMA_VERSION = "1";
    private static final Pattern HOSTNAME = Pattern.compile(
            "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$");
    /** Reserved: {@code civicrm-settings/all.properties} holds overrides for every domain. */
    private static final String RESERVED_NAME = "all";
    private static final Pattern SAFE_NAME = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} .,'&()-]*$");

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private DomainProvisioning provisioning;

    @Inject
    private FirstAdministratorSetup firstAdministrator;

    @Inject
    private Event<SitesChanged> sitesChanged;

    @Inject
    private Event<DomainMoved> moved;

    @Transactional
    public Domain create(DomainSpec spec) {
        return create(spec, null);
    }

    /** As {@link #create(DomainSpec)}, with its first administrator when one is given: all of it, or nothing. */
    @Transactional
    public Domain create(DomainSpec spec, FirstAdministrator administrator) {
        Access.require(Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS, "Domain", null, "create");
        String name = validName(spec.name());
        Domain parent = null;
        if (spec.parentId() != null) {
            parent = em.find(Domain.class, spec.parentId());
            if (parent == null) {
                throw new InvalidDomainException("parent_id", "no domain has id " + spec.parentId());
            }
        }
        Contact organization = Contact.organization(name);
        em.persist(organization);
        Domain domain = new Domain(name, spec.description(), SCHEMA_VERSION, parent);
        domain.setContact(organization);
        em.persist(domain);
        addSites(domain, spec);
        em.flush();
        provisioning.provision(domain);
        if (administrator != null) {
            firstAdministrator.create(domain, administrator);
        }
        sitesChanged.fire(new SitesChanged("domain " + name + " created"));
        return domain;
    }

    private void addSites(Domain domain, DomainSpec spec) {
        boolean first = true;
        for (DomainSpec.SiteSpec site : spec.sites()) {
            addSite(domain, site, first);
            first = false;
        }
    }

    /** Serves a domain at one more hostname and port ('administer Multiple Organizations'). */
    @Transactional
    public Site addSite(long domainId, DomainSpec.SiteSpec spec) {
        Access.require(Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS, "Site", null, "create");
        Domain domain = em.find(Domain.class, domainId);
        if (domain == null) {
            throw new InvalidDomainException("domain_id", "no domain has id " + domainId);
        }
        Site site = addSite(domain, spec, false);
        em.flush();
        sitesChanged.fire(new SitesChanged("site " + site.getHostname() + ":" + site.getPort() + " added to " + domain.getName()));
        return site;
    }

    /** Stops serving a hostname; the default site stays (unknown hostnames fall back to it). */
    @Transactional
    public void removeSite(long siteId) {
        Access.require(Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS, "Site", siteId, "delete");
        Site site = em.find(Site.class, siteId);
        if (site == null) {
            throw new NotFound("Site", siteId);
        }
        if (site.isDefault()) {
            throw new Conflict("site " + site.getHostname() + " is the default site: make another the default first");
        }
        em.remove(site);
        em.flush();
        sitesChanged.fire(new SitesChanged("site " + site.getHostname() + ":" + site.getPort() + " removed"));
    }

    private Site addSite(Domain domain, DomainSpec.SiteSpec site, boolean firstOfNewDomain) {
        boolean defaultExists = em.createQuery("SELECT COUNT(s) FROM Site s WHERE s.isDefault = TRUE", Long.class)
                .getSingleResult() > 0;
        String hostname = site.hostname() == null ? "" : RequestHost.normalizeHostname(site.hostname());
        if (!HOSTNAME.matcher(hostname).matches()) {
            throw new InvalidDomainException("hostname", "'" + site.hostname() + "' is not a valid hostname");
        }
        if (site.port() < 1 || site.port() > 65535) {
            throw new InvalidDomainException("port", site.port() + " is not a port (1-65535)");
        }
        boolean taken = em.createQuery("SELECT COUNT(s) FROM Site s WHERE s.hostname = :h AND s.port = :p", Long.class)
                .setParameter("h", hostname).setParameter("p", site.port()).getSingleResult() > 0;
        if (taken) {
            throw new InvalidDomainException("hostname", hostname + ":" + site.port() + " already serves another site");
        }
        boolean makeDefault = site.isDefault() || (!defaultExists && firstOfNewDomain);
        if (makeDefault && defaultExists) {
            throw new InvalidDomainException("is_default", "another site is already the default");
        }
        Site created = new Site(domain, hostname, site.port(), makeDefault);
        em.persist(created);
        em.flush();
        return created;
    }

    /**
     * Renames a domain. Its settings file is named after the old name: the override folder keeps that
     * file in force for this domain and reports loudly that it must be renamed (see
     * {@code setting.override.OverrideFolder}).
     */
    @Transactional
    public Domain rename(long domainId, String newName) {
        Access.require(Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS, "Domain", domainId, "rename");
        Domain domain = find(domainId);
        String oldName = domain.getName();
        String name = validName(newName, domainId);
        domain.rename(name);
        em.flush();
        sitesChanged.fire(new SitesChanged("domain " + oldName + " renamed to " + name));
        return domain;
    }

    /**
     * Moves a branch under another domain in one transaction: its domain group is nested under the new
     * parent's, so the old parent's users stop seeing its contacts and the new parent's start; every
     * user's roles stay as they are. The root is not moved, and no domain goes under itself or its own branches.
     */
    @Transactional
    public Domain move(long domainId, Long newParentId) {
        Access.require(Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS, "Domain", domainId, "move");
        Domain domain = find(domainId);
        if (newParentId == null) {
            throw new InvalidDomainException("parent_id", "a branch is moved under another domain; there is one root");
        }
        Domain former = domain.getParent();
        if (former == null) {
            throw new InvalidDomainException("parent_id", domain.getName() + " is the root of the tree and is not moved");
        }
        Domain parent = em.find(Domain.class, newParentId);
        if (parent == null) {
            throw new InvalidDomainException("parent_id", "no domain has id " + newParentId);
        }
        if (parent.getId().equals(former.getId())) {
            return domain;
        }
        for (Domain above = parent; above != null; above = above.getParent()) {
            if (above.getId() == domainId) {
                throw new InvalidDomainException("parent_id", "moving " + domain.getName() + " under " + parent.getName()
                        + " would make a cycle: " + parent.getName() + " is " + (above == parent ? "itself" : "one of its branches"));
            }
        }
        domain.moveUnder(parent);
        em.flush();
        moved.fire(new DomainMoved(domainId, former.getId(), parent.getId()));
        sitesChanged.fire(new SitesChanged("domain " + domain.getName() + " moved under " + parent.getName()));
        return domain;
    }

    @Transactional
    public Domain describe(long domainId, String description) {
        Access.require(Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS, "Domain", domainId, "update");
        Domain domain = find(domainId);
        if (description != null && description.length() > 255) {
            throw new InvalidDomainException("description", "at most 255 characters");
        }
        domain.describe(description);
        em.flush();
        return domain;
    }

    private Domain find(long domainId) {
        Domain domain = em.find(Domain.class, domainId);
        if (domain == null) {
            throw new InvalidDomainException("id", "no domain has id " + domainId);
        }
        return domain;
    }


    private String validName(String requested) {
        return validName(requested, null);
    }

    private String validName(String requested, Long renamedId) {
        String name = requested == null ? "" : requested.trim();
        if (name.isEmpty() || name.length() > 64) {
            throw new InvalidDomainException("name", "a domain needs a name of 1 to 64 characters");
        }
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new InvalidDomainException("name", "'" + name + "' may hold letters, digits, spaces and . , ' & ( ) - only"
                    + " (it names the domain's settings file)");
        }
        String stem = Domain.fileStem(name);
        if (stem.equals(RESERVED_NAME)) {
            throw new InvalidDomainException("name", "'" + name + "' is reserved for the settings that apply to every domain");
        }
        boolean taken = em.createQuery("SELECT d.id, d.name FROM Domain d", Object[].class).getResultStream()
                .filter(row -> renamedId == null || ((Number) row[0]).longValue() != renamedId)
                .anyMatch(row -> Domain.fileStem((String) row[1]).equals(stem));
        if (taken) {
            throw new InvalidDomainException("name", "a domain named '" + name + "' (or one with the same settings file name, "
                    + stem + ".properties) already exists");
        }
        return name;
    }
}
