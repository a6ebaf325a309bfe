package org.multisitecrm.security.visibility;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that hangs off contacts: it is seen by whoever sees all of the named contacts and
 * changed by whoever may edit them. The attributes hold contact ids ({@code Long}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface VisibleThroughContact {

    /** The attributes holding the contact ids, e.g. {@code "contactId"}. */
    String[] value();

    /** On the contact itself: trashed rows are hidden unless the caller has 'access deleted contacts'. */
    boolean hidesTrashed() default false;
}
