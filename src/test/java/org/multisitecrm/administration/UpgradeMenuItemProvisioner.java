package org.multisitecrm.administration;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.navigation.Navigation;
import org.multisitecrm.tenancy.Domain;
import org.multisitecrm.tenancy.DomainProvisioner;

/**
 * Stands for a menu entry a later release adds: off until the test "upgrades", then, like every
 * provisioner, adding the entry to a domain that lacks it.
 */
@ApplicationScoped
public class UpgradeMenuItemProvisioner implements DomainProvisioner {

    static final String NAME = "Upgrade Item";
    static volatile boolean released;
    static final AtomicInteger runs = new AtomicInteger();

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public void provision(Domain domain) {
        if (!released) {
            return;
        }
        runs.incrementAndGet();
        boolean present = em.createQuery("SELECT COUNT(n) FROM Navigation n WHERE n.name = :n", Long.class)
                .setParameter("n", NAME).getSingleResult() > 0;
        if (!present) {
            em.persist(new Navigation(NAME, "Upgrade item", "civicrm/upgrade-item", "access CiviCRM", null, 90));
        }
    }
}
