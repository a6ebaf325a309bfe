package org.multisitecrm.note;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.visibility.PrivateToAuthor;
import org.multisitecrm.security.visibility.VisibleThroughContact;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * A note on a contact, by its author. It is seen by whoever sees the contact and changed by whoever may
 * edit it; a private one ({@code privacy = '1'}) is its author's alone.
 */
@Entity
@Table(name = "civicrm_note")
@VisibleThroughContact("entityId")
@PrivateToAuthor(author = "contactId", privacy = "privacy")
public class Note extends SeparableEntity {

    static final String CONTACTS = "civicrm_contact";

    @Column(name = "entity_table", nullable = false, updatable = false)
    private String entityTable = CONTACTS;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private Long entityId;

    private String note;

    @Column(name = "contact_id", updatable = false)
    private Long contactId;

    @Column(name = "note_date")
    private LocalDateTime noteDate;

    @Column(name = "created_date", updatable = false)
    private LocalDateTime createdDate;

    @Column(name = "modified_date")
    private LocalDateTime modifiedDate;

    private String subject;

    @Column(nullable = false)
    private String privacy = "0";

    protected Note() {
    }

    /** The author is the writing user's contact, on every path; the dates are the server's. */
    @PrePersist
    void created() {
        requireValid();
        if (contactId == null) {
            contactId = Caller.current().flatMap(Caller::contactId).orElse(null);
        }
        createdDate = LocalDateTime.now();
        modifiedDate = createdDate;
        if (noteDate == null) {
            noteDate = createdDate;
        }
    }

    @PreUpdate
    void modified() {
        requireValid();
        modifiedDate = LocalDateTime.now();
    }

    private void requireValid() {
        if (!CONTACTS.equals(entityTable)) {
            throw new InvalidInput("entity_table", "notes are kept on contacts (civicrm_contact) here, not on " + entityTable);
        }
        if (!Set.of("0", "1").contains(privacy)) {
            throw new InvalidInput("privacy", "'0' (none) or '1' (author only), not '" + privacy + "'");
        }
        if ((note == null || note.isBlank()) && (subject == null || subject.isBlank())) {
            throw new InvalidInput("note", "a note needs a subject or a text");
        }
    }
}
