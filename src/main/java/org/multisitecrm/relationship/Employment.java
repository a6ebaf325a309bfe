package org.multisitecrm.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.contact.EmployerChanged;

import java.time.LocalDate;
import java.util.List;

/**
 * CiviCRM keeps a contact's current employer ({@code employer_id}) and its "Employee of" relationships in
 * step: setting the employer starts the relationship (and ends the one with the former employer),
 * clearing it ends it; starting, ending or deleting the relationship sets or clears the employer.
 */
@ApplicationScoped
public class Employment {

    static final String EMPLOYEE_OF = "Employee of";

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private RelationshipService relationships;

    /** The relationship follows the contact: the new one first, so the employer is never briefly without one. */
    void employerChanged(@Observes EmployerChanged change) {
        Long type = employeeOfType();
        if (type == null) {
            return;
        }
        if (change.employerId() != null && activeEmployers(change.contactId()).stream().noneMatch(change.employerId()::equals)) {
            relationships.create(type, change.contactId(), change.employerId(), RelationshipPermission.NONE, RelationshipPermission.NONE,
                    LocalDate.now(), null);
        }
        if (change.formerEmployerId() != null) {
            for (Relationship former : active(change.contactId(), change.formerEmployerId())) {
                relationships.update(former.getId(), former.getPermissionAB(), former.getPermissionBA(), former.getStartDate(),
                        LocalDate.now(), false);
            }
        }
    }

    /** The employer follows the relationships of a contact: kept while one is active with it, else the latest active one's. */
    void follow(Relationship changed) {
        Long type = employeeOfType();
        if (type == null || !type.equals(changed.getRelationshipTypeId())) {
            return;
        }
        Contact employee = em.find(Contact.class, changed.getContactIdA());
        if (employee == null) {
            return;
        }
        List<Long> employers = activeEmployers(employee.getId());
        if (employee.getEmployerId() != null && employers.contains(employee.getEmployerId())) {
            return;
        }
        employee.recordEmployer(employers.isEmpty() ? null : employers.get(employers.size() - 1));
        em.flush();
    }

    private List<Long> activeEmployers(long contactId) {
        return em.createQuery("SELECT r.contactIdB FROM Relationship r WHERE r.contactIdA = :a AND r.relationshipTypeId = :t"
                        + " AND r.isActive = TRUE AND (r.endDate IS NULL OR r.endDate >= :today) ORDER BY r.id", Long.class)
                .setParameter("a", contactId).setParameter("t", employeeOfType()).setParameter("today", LocalDate.now()).getResultList();
    }

    private List<Relationship> active(long contactId, long employerId) {
        return em.createQuery("SELECT r FROM Relationship r WHERE r.contactIdA = :a AND r.contactIdB = :b AND r.relationshipTypeId = :t"
                        + " AND r.isActive = TRUE", Relationship.class)
                .setParameter("a", contactId).setParameter("b", employerId).setParameter("t", employeeOfType()).getResultList();
    }

    private Long employeeOfType() {
        return em.createQuery("SELECT t.id FROM RelationshipType t WHERE t.nameAB = :n", Long.class).setParameter("n", EMPLOYEE_OF)
                .getResultStream().findFirst().orElse(null);
    }
}
