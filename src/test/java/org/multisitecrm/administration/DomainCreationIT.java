package org.multisitecrm.administration;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.multisitecrm.report.ReportTemplates;
import org.multisitecrm.security.DomainWork;
import org.multisitecrm.tenancy.DomainScope;
import org.multisitecrm.testing.InContainer;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A domain made in one call is complete (its organisation, domain group nested under its parent's, site,
 * menu, jobs and reports), and a failure anywhere in the making leaves nothing of it behind.
 */
@ExtendWith(ArquillianExtension.class)
class DomainCreationIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.war("domain-creation", "").addClasses(DomainCreationIT.class, FailingProvisioner.class);
    }

    @Inject
    private DomainService domains;

    @Inject
    private ReportTemplates templates;

    @Inject
    private InContainer inContainer;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    private long count(long domainId, String jpql) {
        return DomainWork.call(domainId, "counting a new domain's content", () -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    @Test
    void aDomainMadeInOneCallHasEveryPieceFromTheStart() {
        long north = inContainer.domain("Branch North");
        long east = InContainer.system(() -> domains.create(new DomainSpec("Branch East", "The east", north,
                List.of(new DomainSpec.SiteSpec("east.localhost", 8080, false))))).getId();

        assertTrue(count(east, "SELECT COUNT(n) FROM Navigation n WHERE n.name IN ('Administer', 'Reports Listing', 'Find Contacts')") == 3,
                "its menu");
        assertTrue(count(east, "SELECT COUNT(j) FROM Job j WHERE j.apiAction = 'process_membership'") == 1, "its jobs");
        assertEquals(templates.offered().size(), count(east, "SELECT COUNT(r) FROM ReportInstance r WHERE r.isReserved = TRUE"),
                "its reports");
        long group = count(east, "SELECT COUNT(s) FROM Setting s WHERE s.name = 'domain_group_id'");
        assertEquals(1, group, "its domain group is recorded in its settings");
        Map<String, Long> nested = InContainer.system(() -> DomainScope.allDomains("checking the nesting").call(() -> Map.of(
                "organisation", em.createQuery("SELECT COUNT(c) FROM Contact c WHERE c.organizationName = 'Branch East'", Long.class)
                        .getSingleResult(),
                "site", em.createQuery("SELECT COUNT(s) FROM Site s WHERE s.hostname = 'east.localhost'", Long.class).getSingleResult(),
                "nesting", em.createQuery("SELECT COUNT(n) FROM GroupNesting n, ContactGroup c, ContactGroup p WHERE n.childGroupId = c.id"
                        + " AND n.parentGroupId = p.id AND c.title = 'Branch East' AND p.title = 'Branch North'", Long.class).getSingleResult())));
        assertEquals(Map.of("organisation", 1L, "site", 1L, "nesting", 1L), nested, "organisation, site and nesting under North");
    }

    @Test
    void aFailureHalfwayLeavesNothingOfTheDomain() {
        Map<String, Long> before = everything();
        assertThrows(RuntimeException.class, () -> InContainer.system(() -> domains.create(new DomainSpec(FailingProvisioner.DOOMED, null,
                inContainer.domain("Branch North"), List.of(new DomainSpec.SiteSpec("doomed.localhost", 8080, false))))));
        assertEquals(before, everything(), "no domain, organisation, site, group, menu, job or report of it remains");
    }

    private Map<String, Long> everything() {
        return InContainer.system(() -> DomainScope.allDomains("counting everything").call(() -> {
            Map<String, Long> counts = new java.util.TreeMap<>();
            for (String entity : List.of("Domain", "Contact", "Site", "ContactGroup", "GroupNesting", "Navigation", "Job", "ReportInstance",
                    "Setting")) {
                counts.put(entity, em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class).getSingleResult());
            }
            return counts;
        }));
    }
}
