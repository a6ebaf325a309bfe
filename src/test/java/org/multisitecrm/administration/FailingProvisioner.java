package org.multisitecrm.administration;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.tenancy.Domain;
import org.multisitecrm.tenancy.DomainProvisioner;

/** A provisioner that fails for one domain name: what an error halfway through creating a domain looks like. */
@ApplicationScoped
public class FailingProvisioner implements DomainProvisioner {

    static final String DOOMED = "Doomed Branch";

    @Override
    public void provision(Domain domain) {
        if (DOOMED.equals(domain.getName())) {
            throw new IllegalStateException("provisioning " + DOOMED + " fails on purpose");
        }
    }
}
