package org.multisitecrm.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.contribution.ContributionStatusChanged;
import org.multisitecrm.membership.MembershipService;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.DomainWork;
import org.multisitecrm.tenancy.DomainScope;

import java.util.List;
import java.util.Optional;

/**
 * What an order bought follows its payment, in the paying transaction: paid in full, a pending
 * membership takes the status its dates give and an existing one is renewed for a term; given back or
 * cancelled, a membership the order created is Cancelled (a renewal keeps its dates, as in CiviCRM).
 * <p>
 * A membership is of its type's domain while contributions may be shared: another domain may record the
 * payment of an order it sees. The links are therefore found across domains (ids only, nothing loaded)
 * and each membership is changed by the server in its own domain's scope, which the payer never reads.
 */
@ApplicationScoped
class OrderFulfilment {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private MembershipService memberships;

    void onStatus(@Observes ContributionStatusChanged change) {
        if (!change.completed() && !change.undone()) {
            return;
        }
        Optional<Long> here = DomainScope.current().filter(scope -> !scope.isAllDomains()).map(DomainScope::domainId);
        boolean elsewhere = false;
        for (Object[] link : links(change.contributionId())) {
            long membershipId = (Long) link[0];
            long domainId = (Long) link[1];
            boolean createdByThisOrder = (Long) link[2] == 0;
            if (here.isPresent() && here.get() == domainId) {
                fulfil(change, membershipId, createdByThisOrder);
            } else {
                elsewhere = true;
                DomainWork.run(domainId, "fulfilling the order of contribution " + change.contributionId(),
                        () -> fulfil(change, membershipId, createdByThisOrder));
            }
        }
        if (elsewhere) {
            // another domain's memberships were loaded into this transaction's persistence context: none may
            // be handed to the payer by a later find in the same transaction
            em.flush();
            em.clear();
        }
    }

    private void fulfil(ContributionStatusChanged change, long membershipId, boolean createdByThisOrder) {
        if (change.completed()) {
            if (memberships.isPending(membershipId)) {
                memberships.activate(membershipId);
            } else {
                memberships.renew(membershipId, 1);
            }
        } else if (createdByThisOrder) {
            memberships.cancel(membershipId);
        }
    }

    /** Each membership the contribution paid for: its id, its domain, and how many earlier payments it had. */
    private List<Object[]> links(long contributionId) {
        String reason = "finding what contribution " + contributionId + " paid for";
        return DomainScope.allDomains(reason).call(() -> Caller.system(reason).call(() -> em.createQuery(
                        "SELECT m.membershipId, m.domainId, (SELECT COUNT(e) FROM MembershipPayment e"
                                + " WHERE e.membershipId = m.membershipId AND e.id < m.id)"
                                + " FROM MembershipPayment m WHERE m.contributionId = :c", Object[].class)
                .setParameter("c", contributionId).getResultList()));
    }
}
