package org.multisitecrm.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.catalog.RecordCheck;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.Caller;

/**
 * An event's {@code max_participants}: a new registration with a status that counts (Registered,
 * Attended, pending pay later) is refused once that many count, whoever the writer sees. The count is
 * of the event's own domain, so it says nothing about any other.
 */
@ApplicationScoped
public class EventCapacity implements RecordCheck {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public void check(Long id, RecordValues values) {
        if (id != null || !values.has("event_id") || values.get("event_id") == null) {
            return;
        }
        long eventId = ((Number) values.get("event_id")).longValue();
        Event event = em.find(Event.class, eventId);
        if (event == null || event.getMaxParticipants() == null || !counts(values.getOr("status_id", 1L))) {
            return;
        }
        long counted = Caller.system("the capacity of event " + eventId).call(() -> em.createQuery(
                "SELECT COUNT(p) FROM Participant p, ParticipantStatusType s WHERE p.eventId = :e AND s.id = p.statusId"
                        + " AND s.isCounted = TRUE AND p.isTest = FALSE", Long.class).setParameter("e", eventId).getSingleResult());
        if (counted >= event.getMaxParticipants()) {
            throw new InvalidInput("event_id", "the event is full: " + event.getMaxParticipants() + " participants (max_participants)");
        }
    }

    private boolean counts(Object statusId) {
        return em.createQuery("SELECT s.isCounted FROM ParticipantStatusType s WHERE s.id = :id", Boolean.class)
                .setParameter("id", ((Number) statusId).longValue()).getResultStream().findFirst().orElse(false);
    }
}
