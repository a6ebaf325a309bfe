package org.multisitecrm.note;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/** Notes on contacts, written field by field under the contact's edit rule; the author and dates are the server's. */
@ApplicationScoped
public class NoteEntities implements EntityContributor {

    @Override
    public List<EntityDefinition> entities() {
        return List.of(entity("Note", Note.class, "Notes on contacts; a private one is its author's alone.")
                .fields("id", "entity_table", "entity_id", "note", "contact_id", "note_date", "created_date", "modified_date",
                        "subject", "privacy")
                .readOnly("contact_id", "created_date", "modified_date")
                .foreignKey("entity_id", "Contact").foreignKey("contact_id", "Contact")
                .writtenDirectly());
    }
}
