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
