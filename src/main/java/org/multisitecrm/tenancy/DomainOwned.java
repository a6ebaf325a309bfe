package org.multisitecrm.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.multisitecrm.infrastructure.persistence.GeneratedIdEntity;

/**
 * What every entity whose separation mode is {@code domain} or {@code optional} extends: the
 * {@code domain_id} column. The value is filled from the bound {@link DomainScope} on insert and never
 * updated; which rows a query sees is decided in {@code tenancy.scoping}, not here.
 */
@MappedSuperclass
public abstract class DomainOwned extends GeneratedIdEntity {

    @Column(name = "domain_id", updatable = false)
    private Long domainId;

    /** The owning domain; {@code null} on an {@code optional} entity means every domain. */
    public Long getDomainId() {
        return domainId;
    }

    /**
     * Chooses the owner before insert. Only the all-domains scope may name a domain other than the
     * bound one; the check happens when the row is written.
     */
    public void assignToDomain(Long domainId) {
        this.domainId = domainId;
    }
}
