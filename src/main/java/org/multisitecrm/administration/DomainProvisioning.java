package org.multisitecrm.administration;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.security.DomainWork;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.tenancy.DomainProvisioner;
import org.multisitecrm.tenancy.Domain;

/**
 * The one code path that gives a domain its per-domain content: used when a domain is created and,
 * at every start, for all domains (so content added by an upgrade reaches existing domains too).
 */
@ApplicationScoped
public class DomainProvisioning {

    @Inject
    @Any
    private Instance<DomainProvisioner> provisioners;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Transactional
    public void provision(Domain domain) {
        DomainWork.run(domain.getId(), "provisioning " + domain.getName(), () -> {
            provisioners.forEach(p -> p.provision(domain));
            em.flush();
        });
    }

    @Transactional
    public void provisionAll() {
        em.createQuery("SELECT d FROM Domain d ORDER BY d.id", Domain.class).getResultList().forEach(this::provision);
    }
}
