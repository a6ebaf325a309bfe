package org.multisitecrm.tenancy;

/**
 * Creates what every domain must have (menus, report instances, settings...). Runs with the domain's
 * scope bound, for a new domain and at every start for existing ones, so it must be idempotent: it
 * adds what is missing and leaves the rest alone.
 */
public interface DomainProvisioner {

    void provision(Domain domain);
}
