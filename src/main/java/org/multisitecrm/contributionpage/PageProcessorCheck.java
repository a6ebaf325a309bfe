package org.multisitecrm.contributionpage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.infrastructure.status.SystemCheck;
import org.multisitecrm.infrastructure.status.SystemStatus;

import java.util.List;

/**
 * An active page that takes money while its domain has no active payment processor: every visitor's
 * payment would be refused. Pages and processors are the domain's own, so the check says nothing of others.
 */
@ApplicationScoped
public class PageProcessorCheck implements SystemCheck {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public List<SystemStatus> check() {
        long processors = em.createQuery("SELECT COUNT(p) FROM PaymentProcessor p WHERE p.isActive = TRUE", Long.class).getSingleResult();
        if (processors > 0) {
            return SystemStatus.none();
        }
        List<String> pages = em.createQuery("SELECT p.title FROM ContributionPage p WHERE p.isActive = TRUE AND p.isMonetary = TRUE"
                + " ORDER BY p.id", String.class).getResultList();
        if (pages.isEmpty()) {
            return SystemStatus.none();
        }
        return List.of(SystemStatus.warning("checkPaymentProcessors", "No active payment processor",
                (pages.size() == 1 ? "An active page takes money (" : pages.size() + " active pages take money (") + String.join(", ", pages)
                        + ") but this domain has no active payment processor: add one or turn " + (pages.size() == 1 ? "the page" : "the pages")
                        + " off."));
    }
}
