package org.multisitecrm.catalog;

/**
 * A rule a capability adds to every create and update of one of its entities, whichever writer writes
 * it (the catalogue's own or the capability's): declared once with {@link EntityDefinition#checkedBy},
 * so the back office, APIv4 and any later adapter meet it alike.
 */
@FunctionalInterface
public interface RecordCheck {

    /**
     * Refuses the record about to be written, with an {@code InvalidInput} or {@code Conflict} naming the
     * field; {@code id} is null on a create, and {@code values} holds only the fields sent.
     */
    void check(Long id, RecordValues values);
}
