package org.multisitecrm.infrastructure.persistence.entity;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;

/**
 * What every CRM entity extends (all but the tenancy tables, which define the domains). Whether its
 * table carries {@code domain_id} is the separation table's decision, not the class's: for a
 * {@code domain} or {@code optional} row, {@code tenancy.scoping} maps this attribute to the column when
 * the persistence unit deploys, fills it from the bound {@code DomainScope} on insert and never updates
 * it; for a {@code shared} row it stays unmapped and {@code null}. Flipping a row of the table therefore
 * needs no change here.
 */
@MappedSuperclass
public abstract class SeparableEntity extends GeneratedIdEntity {

    /** The attribute the separation table's {@code domain_id} column is mapped to. */
    public static final String DOMAIN_ATTRIBUTE = "domainId";

    @Transient
    private Long domainId;

    /**
     * The owning domain; {@code null} on an {@code optional} entity means every domain, and on a
     * {@code shared} entity that no domain owns it.
     */
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
