package org.multisitecrm.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.tenancy.Domain;
import org.multisitecrm.tenancy.DomainProvisioner;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives every domain each job the server can run, by the same code path for a new domain and, at every
 * start, for existing ones: a job added in a later release reaches every domain (CiviCRM's upgrades
 * added jobs to the first domain only), and a job a domain changed or turned off stays as it is. A
 * server-wide job (on shared data) goes to the installation's first domain only, so it runs once.
 */
@ApplicationScoped
public class DefaultJobsProvisioner implements DomainProvisioner {

    @Inject
    private Instance<JobHandler> handlers;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public void provision(Domain domain) {
        Set<String> existing = em.createQuery("SELECT j FROM Job j", Job.class).getResultStream().map(Job::command)
                .collect(Collectors.toSet());
        boolean headOffice = domain.getId().equals(em.createQuery(JobHandler.HEAD_OFFICE_DOMAIN_ID, Long.class).getSingleResult());
        for (JobHandler handler : handlers) {
            if (handler.template().serverWide() && !headOffice) {
                continue;
            }
            if (!existing.contains(handler.apiEntity() + "." + handler.apiAction())) {
                em.persist(new Job(handler.template(), handler.apiEntity(), handler.apiAction()));
            }
        }
    }
}
