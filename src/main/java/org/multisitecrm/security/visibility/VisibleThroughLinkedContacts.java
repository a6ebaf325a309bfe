package org.multisitecrm.security.visibility;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that concerns contacts through a link table (an activity through
 * {@code civicrm_activity_contact}): it is seen by whoever sees at least one of its contacts, and
 * changed or deleted only by whoever may edit every one of them, seen or not. The link rows themselves
 * are marked {@link VisibleThroughContact}, so a caller never learns which other contacts there are.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface VisibleThroughLinkedContacts {

    /** The link table. */
    String table();

    /** Its column holding this entity's id. */
    String key();

    /** Its column holding the contact's id. */
    String contact() default "contact_id";
}
