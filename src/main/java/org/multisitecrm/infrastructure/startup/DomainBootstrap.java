package org.multisitecrm.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.multisitecrm.demo.DemoData;
import org.multisitecrm.administration.DomainService;
import org.multisitecrm.administration.DomainSpec;

import java.util.List;
import java.util.logging.Logger;

/**
 * An empty database gets its domains at first start: the demo ones in demo mode, else CiviCRM's
 * "Default Domain Name" served at localhost. A database that has domains is left as it is.
 */
@ApplicationScoped
public class DomainBootstrap {

    private static final Logger LOG = Logger.getLogger(DomainBootstrap.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private DomainService domains;

    @Inject
    private DemoData demoData;

    @Inject
    @ConfigProperty(name = "crm.demo", defaultValue = "false")
    private boolean demo;

    @Transactional
    public void ensureDomains() {
        long count = em.createQuery("SELECT COUNT(d) FROM Domain d", Long.class).getSingleResult();
        if (count > 0) {
            return;
        }
        if (demo) {
            LOG.info("Empty database in demo mode: loading the demo domains");
            demoData.load();
        } else {
            LOG.info("Empty database: creating the default domain");
            domains.create(new DomainSpec("Default Domain Name", null, null,
                    List.of(new DomainSpec.SiteSpec("localhost", 80, true))));
        }
    }
}
