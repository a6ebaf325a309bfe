package org.multisitecrm.security.visibility;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose rows may be private to their author (CiviCRM's note {@code privacy = '1'}):
 * such a row is seen by the contact who wrote it alone, on top of any other rule of the entity.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PrivateToAuthor {

    /** The attribute holding the author's contact id. */
    String author();

    /** The attribute holding the privacy flag; {@code "0"} is visible to all who may see the row. */
    String privacy();
}
