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
import org.multisitecrm.infrastructure.ApplicationBuild;
import org.multisitecrm.tenancy.DomainScope;
import org.multisitecrm.testing.InContainer;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a later release adds for every domain reaches the domains that already exist, through the one
 * provisioning path a release's first start runs (CiviCRM's upgrades gave new menu entries to the first domain
 * only), and only once: a start of the same build again leaves provisioned domains alone.
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
    void anEntryAddedByALaterReleaseReachesEveryExistingDomainOnce() {
        List<Long> domains = DomainScope.allDomains("every domain").call(() ->
                em.createQuery("SELECT d.id FROM Domain d ORDER BY d.id", Long.class).getResultList());
        assertTrue(domains.size() >= 3, "the demo's head office and two branches at least: " + domains);
        domains.forEach(d -> assertEquals(0, itemsIn(d), "before the release, domain " + d + " lacks the entry"));

        UpgradeMenuItemProvisioner.released = true;
        try {
            Optional<ApplicationBuild> release = Optional.of(new ApplicationBuild("release-" + System.nanoTime()));
            assertEquals(domains.size(), provisioning.provisionAll(release), "the release's first start provisions every domain");
            domains.forEach(d -> assertEquals(1, itemsIn(d), "after the release's start, domain " + d + " has the entry"));

            int runs = UpgradeMenuItemProvisioner.runs.get();
            assertEquals(0, provisioning.provisionAll(release), "a second start of the same release provisions no domain");
            assertEquals(runs, UpgradeMenuItemProvisioner.runs.get(), "and runs no provisioner");

            assertEquals(domains.size(), provisioning.provisionAll(Optional.empty()),
                    "a build Maven did not package counts as new at every start");
            domains.forEach(d -> assertEquals(1, itemsIn(d), "provisioning again adds nothing twice"));
        } finally {
            UpgradeMenuItemProvisioner.released = false;
        }
    }
}
