package org.multisitecrm.administration;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.infrastructure.ApplicationBuild;
import org.multisitecrm.security.DomainWork;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.tenancy.DomainProvisioner;
import org.multisitecrm.tenancy.Domain;

import java.util.Optional;
import java.util.Set;

/**
 * The one code path that gives a domain its per-domain content: used when a domain is created and, at
 * start-up, for every domain the running build has not provisioned yet (so content an upgrade adds
 * reaches existing domains too). A start of the same build again leaves provisioned domains alone: the
 * content comes from the code, and the code has not changed.
 */
@ApplicationScoped
public class DomainProvisioning {

    @Inject
    @Any
    private Instance<DomainProvisioner> provisioners;

    @Inject
    private ProvisioningRecord record;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** A domain just created, by this build. */
    @Transactional
    public void provision(Domain domain) {
        provision(domain, ApplicationBuild.current());
    }

    /** Every domain this build has not provisioned yet. */
    @Transactional
    public void provisionAll() {
        provisionAll(ApplicationBuild.current());
    }

    /**
     * Every domain the given build has not provisioned yet; without a build (not packaged by Maven), every
     * domain. Answers how many were provisioned.
     */
    @Transactional
    public int provisionAll(Optional<ApplicationBuild> build) {
        Set<Long> done = build.map(record::domainsProvisionedBy).orElse(Set.of());
        var due = em.createQuery("SELECT d FROM Domain d ORDER BY d.id", Domain.class).getResultStream()
                .filter(domain -> !done.contains(domain.getId())).toList();
        due.forEach(domain -> provision(domain, build));
        return due.size();
    }

    private void provision(Domain domain, Optional<ApplicationBuild> build) {
        DomainWork.run(domain.getId(), "provisioning " + domain.getName(), () -> {
            provisioners.forEach(p -> p.provision(domain));
            em.flush();
        });
        build.ifPresent(b -> record.record(domain.getId(), b));
    }
}
