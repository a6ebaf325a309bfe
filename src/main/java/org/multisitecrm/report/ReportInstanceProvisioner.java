package org.multisitecrm.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.tenancy.Domain;
import org.multisitecrm.tenancy.DomainProvisioner;

import java.util.HashSet;
import java.util.Set;

/**
 * Gives every domain a reserved instance of each report template, matched by name, so a template added
 * by a later release reaches every existing domain at the next start (CiviCRM's reports were "hit and
 * miss" across domains), and an instance a domain changed keeps its changes.
 */
@ApplicationScoped
public class ReportInstanceProvisioner implements DomainProvisioner {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private ReportTemplates templates;

    @Override
    public void provision(Domain domain) {
        Set<String> present = new HashSet<>(em.createQuery("SELECT r.name FROM ReportInstance r WHERE r.name IS NOT NULL", String.class)
                .getResultList());
        for (ReportTemplate template : templates.offered()) {
            if (!present.contains(template.id())) {
                em.persist(new ReportInstance(template));
            }
        }
    }
}
