package org.multisitecrm.administration;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.multisitecrm.security.DomainWork;
import org.multisitecrm.tenancy.DomainScope;
import org.multisitecrm.testing.InContainer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a later release adds for every domain reaches the domains that already exist, through the one
 * provisioning path every start runs (CiviCRM's upgrades gave new menu entries to the first domain only).
 */
@ExtendWith(ArquillianExtension.class)
class ProvisioningReachesEveryDomainIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.war("provisioning-release", "").addClasses(ProvisioningReachesEveryDomainIT.class,
                UpgradeMenuItemProvisioner.class);
    }

    @Inject
    private DomainProvisioning provisioning;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    private long itemsIn(long domainId) {
        return DomainWork.call(domainId, "counting an upgrade's menu entry", () -> em.createQuery(
                "SELECT COUNT(n) FROM Navigation n WHERE n.name = :n", Long.class).setParameter("n", UpgradeMenuItemProvisioner.NAME)
                .getSingleResult());
    }

    @Test
    void anEntryAddedByALaterReleaseReachesEveryExistingDomain() {
        List<Long> domains = DomainScope.allDomains("every domain").call(() ->
                em.createQuery("SELECT d.id FROM Domain d ORDER BY d.id", Long.class).getResultList());
        assertTrue(domains.size() >= 3, "the demo's head office and two branches at least: " + domains);
        domains.forEach(d -> assertEquals(0, itemsIn(d), "before the release, domain " + d + " lacks the entry"));

        UpgradeMenuItemProvisioner.released = true;
        try {
            provisioning.provisionAll();
            domains.forEach(d -> assertEquals(1, itemsIn(d), "after the release's start, domain " + d + " has the entry"));
            provisioning.provisionAll();
            domains.forEach(d -> assertEquals(1, itemsIn(d), "a second start adds nothing twice"));
        } finally {
            UpgradeMenuItemProvisioner.released = false;
        }
    }
}
