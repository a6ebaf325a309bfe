package org.multisitecrm.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.security.visibility.RelationshipGrants;

import java.time.LocalDate;
import java.util.List;

/**
 * Relationships between contacts. Both contacts must be editable by the caller (the write guard checks
 * it), so nobody grants themselves access through a permission flag towards a contact they cannot
 * edit. Every change recomputes the grants around the two contacts.
 */
@ApplicationScoped
public class RelationshipService {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private RelationshipGrants grants;

    @Inject
    private Event<RelationshipChanged> changed;

    @Inject
    private Employment employment;

    @Transactional
    public Relationship create(long typeId, long contactIdA, long contactIdB, RelationshipPermission aOverB,
                               RelationshipPermission bOverA, LocalDate startDate, LocalDate endDate) {
        RelationshipType type = em.find(RelationshipType.class, typeId);
        if (type == null || !type.isActive()) {
            throw new InvalidInput("relationship_type_id", "no active relationship type has id " + typeId);
        }
        if (contactIdA == contactIdB) {
            throw new InvalidInput("contact_id_b", "a contact cannot be related to itself");
        }
        requireContact("contact_id_a", contactIdA, type.getContactTypeA());
        requireContact("contact_id_b", contactIdB, type.getContactTypeB());
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new InvalidInput("end_date", "is before start_date");
        }
        Relationship relationship = new Relationship(typeId, contactIdA, contactIdB);
        relationship.setPermissions(aOverB, bOverA);
        relationship.setDates(startDate, endDate);
        em.persist(relationship);
        em.flush();
        employment.follow(relationship);
        grants.refreshAround(List.of(contactIdA, contactIdB));
        changed.fire(new RelationshipChanged(contactIdA, contactIdB));
        return relationship;
    }

    @Transactional
    public Relationship update(long id, RelationshipPermission aOverB, RelationshipPermission bOverA,
                               LocalDate startDate, LocalDate endDate, boolean isActive) {
        return update(id, aOverB, bOverA, startDate, endDate, isActive, get(id).getDescription());
    }

    /** Changes what a relationship grants and when; its two contacts and its type are fixed once it exists. */
    @Transactional
    public Relationship update(long id, RelationshipPermission aOverB, RelationshipPermission bOverA,
                               LocalDate startDate, LocalDate endDate, boolean isActive, String description) {
        Relationship relationship = get(id);
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new InvalidInput("end_date", "is before start_date");
        }
        relationship.setDescription(description);
        relationship.setPermissions(aOverB, bOverA);
        relationship.setDates(startDate, endDate);
        relationship.setActive(isActive);
        em.flush();
        employment.follow(relationship);
        grants.refreshAround(List.of(relationship.getContactIdA(), relationship.getContactIdB()));
        changed.fire(new RelationshipChanged(relationship.getContactIdA(), relationship.getContactIdB()));
        return relationship;
    }

    @Transactional
    public void delete(long id) {
        Relationship relationship = get(id);
        em.remove(relationship);
        em.flush();
        employment.follow(relationship);
        grants.refreshAround(List.of(relationship.getContactIdA(), relationship.getContactIdB()));
        changed.fire(new RelationshipChanged(relationship.getContactIdA(), relationship.getContactIdB()));
    }

    @Transactional
    public Relationship get(long id) {
        Relationship relationship = em.find(Relationship.class, id);
        if (relationship == null) {
            throw new NotFound("Relationship", id);
        }
        return relationship;
    }

    private void requireContact(String field, long id, String requiredType) {
        Contact contact = em.find(Contact.class, id);
        if (contact == null) {
            throw new InvalidInput(field, "no contact has id " + id);
        }
        if (requiredType != null && !requiredType.equals(contact.getContactType().name())) {
            throw new InvalidInput(field, "this relationship type needs an " + requiredType + ", not an " + contact.getContactType());
        }
    }
}
