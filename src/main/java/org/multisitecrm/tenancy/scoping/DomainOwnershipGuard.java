package org.multisitecrm.tenancy.scoping;

import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.tenancy.DomainScope;
import org.multisitecrm.tenancy.DomainScopeViolation;
import org.multisitecrm.tenancy.separation.SeparationMode;

/**
 * Writes of single rows, which EclipseLink issues by primary key without the scoping criteria: a new
 * row takes the bound domain, and creating, updating or deleting a row owned elsewhere is refused.
 * Rows of an {@code optional} entity with no domain belong to every domain and change only in the
 * all-domains scope. Updates and deletes are checked against the scope bound when they are flushed,
 * so code that switches scopes inside one transaction flushes before leaving a scope.
 */
class DomainOwnershipGuard extends DescriptorEventAdapter {

    private final String entity;
    private final SeparationMode mode;

    DomainOwnershipGuard(String entity, SeparationMode mode) {
        this.entity = entity;
        this.mode = mode;
    }

    /**
     * Checked when the row is handed to the entity manager, under the scope it was created in; the
     * INSERT itself may be flushed later, under whatever scope is bound then.
     */
    @Override
    public void prePersist(DescriptorEvent event) {
        SeparableEntity row = (SeparableEntity) event.getSource();
        DomainScope scope = DomainScope.require();
        if (scope.isAllDomains()) {
            if (row.getDomainId() == null && mode == SeparationMode.DOMAIN) {
                throw new DomainScopeViolation(entity + " belongs to one domain: choose it before saving across domains");
            }
            return;
        }
        if (row.getDomainId() == null) {
            row.assignToDomain(scope.domainId());
        } else if (row.getDomainId() != scope.domainId()) {
            throw new DomainScopeViolation(entity + " cannot be created for domain " + row.getDomainId() + " from " + scope);
        }
    }

    @Override
    public void aboutToInsert(DescriptorEvent event) {
        if (mode == SeparationMode.DOMAIN && ((SeparableEntity) event.getSource()).getDomainId() == null) {
            throw new DomainScopeViolation(entity + " cannot be saved without a domain");
        }
    }

    @Override
    public void aboutToUpdate(DescriptorEvent event) {
        requireOwned(event, "changed");
    }

    @Override
    public void aboutToDelete(DescriptorEvent event) {
        requireOwned(event, "deleted");
    }

    private void requireOwned(DescriptorEvent event, String action) {
        SeparableEntity row = (SeparableEntity) event.getSource();
        DomainScope scope = DomainScope.require();
        if (scope.isAllDomains()) {
            return;
        }
        if (row.getDomainId() == null) {
            throw new DomainScopeViolation(entity + " belongs to every domain and can only be " + action
                    + " across domains, not from " + scope);
        }
        if (row.getDomainId() != scope.domainId()) {
            throw new DomainScopeViolation(entity + " of another domain cannot be " + action + " from " + scope);
        }
    }
}
