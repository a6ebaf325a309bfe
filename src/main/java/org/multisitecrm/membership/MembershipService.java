package org.multisitecrm.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.NotFound;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Memberships with CiviCRM's rules: dates from the type's terms, the status from the dates (first
 * matching status by weight, admin statuses left out) unless set by hand. The type is always one of
 * the writing domain's own: another domain's type is answered exactly as a type that does not exist,
 * on create and on a change of type. A membership belongs to the domain of its type (the separation
 * table makes it per domain), so a donor shared by two domains has each domain's memberships seen by
 * that domain alone; within it, who may see and edit is the contact's rule, applied below.
 */
@ApplicationScoped
public class MembershipService {

    static final String PENDING = "Pending";
    static final String CANCELLED = "Cancelled";

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private MembershipInheritance inheritance;

    @Transactional
    public Membership create(MembershipSpec spec) {
        MembershipType type = ownType(spec.membershipTypeId());
        if (spec.contactId() == null || em.find(Contact.class, spec.contactId()) == null) {
            throw new InvalidInput("contact_id", "no Contact has id " + spec.contactId());
        }
        MembershipPeriod period = period(type, spec, null);
        long status = status(spec, period, LocalDate.now());
        Membership membership = new Membership(spec.contactId(), type.getId(), period, status);
        apply(membership, spec);
        if (spec.isOverride()) {
            membership.overrideStatus(status, spec.statusOverrideEndDate());
        }
        em.persist(membership);
        em.flush();
        inheritance.sync(membership);
        return membership;
    }

    /** Changes a membership to the spec (the writer merges what was not sent from the current values). */
    @Transactional
    public Membership update(long id, MembershipSpec spec) {
        Membership membership = primary(id);
        if (!Objects.equals(spec.contactId(), membership.getContactId())) {
            throw new InvalidInput("contact_id", "a membership stays with its contact");
        }
        MembershipType type = ownType(spec.membershipTypeId());
        membership.setMembershipTypeId(type.getId());
        MembershipPeriod period = period(type, spec, membership.period());
        membership.setPeriod(period);
        long status = status(spec, period, LocalDate.now());
        apply(membership, spec);
        if (spec.isOverride()) {
            membership.overrideStatus(status, spec.statusOverrideEndDate());
        } else {
            membership.computedStatus(status);
        }
        em.flush();
        inheritance.sync(membership);
        return membership;
    }

    @Transactional
    public void delete(long id) {
        Membership membership = primary(id);
        inheritance.removeFor(membership);
        em.remove(membership);
        em.flush();
    }

    /**
     * A membership bought and not yet paid for: its dates from the type, its status CiviCRM's Pending
     * (which the status job leaves alone) until its order is paid.
     */
    @Transactional
    public Membership createPending(long contactId, long membershipTypeId, LocalDate joinDate, String source) {
        return create(new MembershipSpec(contactId, membershipTypeId, joinDate, null, null, source, statusNamed(PENDING), false,
                null, false, false, null));
    }

    /** Its order paid: a pending membership takes the status its dates give. */
    @Transactional
    public Membership activate(long id) {
        Membership membership = primary(id);
        membership.computedStatus(status(MembershipSpec.of(membership.getContactId(), membership.getMembershipTypeId(),
                membership.period().joinDate()), membership.period(), LocalDate.now()));
        em.flush();
        inheritance.sync(membership);
        return membership;
    }

    /**
     * A renewal paid for {@code terms} terms: a current member's end date moves on from the old one, any
     * other membership starts a new period today (CiviCRM's renewal); the status follows the new dates.
     */
    @Transactional
    public Membership renew(long id, int terms) {
        Membership membership = primary(id);
        MembershipType type = ownType(membership.getMembershipTypeId());
        MembershipStatus status = em.find(MembershipStatus.class, membership.getStatusId());
        LocalDate today = LocalDate.now();
        MembershipPeriod renewed = type.terms().renewal(membership.period(), status != null && status.isCurrentMember(), today, terms);
        membership.setPeriod(renewed);
        membership.computedStatus(status(MembershipSpec.of(membership.getContactId(), type.getId(), renewed.joinDate()), renewed, today));
        em.flush();
        inheritance.sync(membership);
        return membership;
    }

    /** Its order refunded or cancelled: the membership is Cancelled, by hand as CiviCRM sets it. */
    @Transactional
    public Membership cancel(long id) {
        Membership membership = primary(id);
        membership.overrideStatus(statusNamed(CANCELLED), null);
        em.flush();
        inheritance.sync(membership);
        return membership;
    }

    /** Whether the membership still waits for its order to be paid. */
    @Transactional
    public boolean isPending(long id) {
        return get(id).getStatusId() == statusNamed(PENDING);
    }

    private long statusNamed(String name) {
        return em.createQuery("SELECT s.id FROM MembershipStatus s WHERE s.name = :n", Long.class).setParameter("n", name)
                .getResultStream().findFirst().orElseThrow(() -> new IllegalStateException("membership status " + name + " is missing"));
    }

    /** A membership changed by hand: an inherited one changes with the membership it comes from. */
    private Membership primary(long id) {
        Membership membership = get(id);
        if (membership.getOwnerMembershipId() != null) {
            throw new InvalidInput("owner_membership_id", "membership " + id + " is inherited from membership "
                    + membership.getOwnerMembershipId() + ": change that one, or the relationship");
        }
        return membership;
    }

    /** A membership of the domain the caller sees; another domain's is not found, as one that does not exist. */
    @Transactional
    public Membership get(long id) {
        Membership membership = em.find(Membership.class, id);
        if (membership == null) {
            throw new NotFound("Membership", id);
        }
        return membership;
    }

    private MembershipType ownType(Long typeId) {
        MembershipType type = typeId == null ? null : em.find(MembershipType.class, typeId);
        if (type == null) {
            throw new InvalidInput("membership_type_id", "no MembershipType has id " + typeId);
        }
        if (!type.isActive()) {
            throw new InvalidInput("membership_type_id", "membership type " + typeId + " is not active");
        }
        return type;
    }

    /** The dates given, the rest from the type's terms; the end never comes before the start. */
    private static MembershipPeriod period(MembershipType type, MembershipSpec spec, MembershipPeriod current) {
        LocalDate join = spec.joinDate() != null ? spec.joinDate() : LocalDate.now();
        MembershipPeriod period;
        if (current != null && spec.startDate() != null && spec.endDate() != null) {
            period = new MembershipPeriod(join, spec.startDate(), spec.endDate());
        } else {
            MembershipPeriod computed = type.terms().newPeriod(join, spec.startDate(), 1);
            period = new MembershipPeriod(join, computed.startDate(), spec.endDate() != null ? spec.endDate() : computed.endDate());
        }
        if (period.endDate() != null && period.startDate() != null && period.endDate().isBefore(period.startDate())) {
            throw new InvalidInput("end_date", "ends on " + period.endDate() + ", before it starts on " + period.startDate());
        }
        return period;
    }

    private long status(MembershipSpec spec, MembershipPeriod period, LocalDate on) {
        if (spec.statusId() != null) {
            if (em.find(MembershipStatus.class, spec.statusId()) == null) {
                throw new InvalidInput("status_id", "no MembershipStatus has id " + spec.statusId());
            }
            return spec.statusId();
        }
        if (spec.isOverride()) {
            throw new InvalidInput("status_id", "is required when is_override is set");
        }
        return StatusRule.first(rules(), period, on, false).map(StatusRule::statusId)
                .orElseThrow(() -> new InvalidInput("status_id", "no membership status applies on " + on + " to a membership from "
                        + period.startDate() + " to " + period.endDate() + ": give one, with is_override"));
    }

    private List<StatusRule> rules() {
        return em.createQuery("SELECT s FROM MembershipStatus s", MembershipStatus.class).getResultStream()
                .map(MembershipStatus::rule).toList();
    }

    private static void apply(Membership membership, MembershipSpec spec) {
        membership.setSource(spec.source());
        membership.setFlags(spec.isTest(), spec.isPayLater(), spec.maxRelated());
    }
}
