package org.multisitecrm.security.visibility;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity seen by whoever sees the named group: groups of the caller's site tree, groups an
 * ACL grants, or every group with 'administer Multiple Organizations'.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface VisibleThroughGroup {

    /** The attribute holding the group id, e.g. {@code "id"} or {@code "groupId"}. */
    String value();
}
