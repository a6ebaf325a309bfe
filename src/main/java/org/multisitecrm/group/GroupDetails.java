package org.multisitecrm.group;

import java.util.List;

/** What a group says of itself and may change freely: the rest (name, criteria, place in the tree) has its own rules. */
public record GroupDetails(String title, String description, boolean isActive, String visibility, boolean isHidden) {

    /** CiviCRM's options for {@code civicrm_group.visibility}. */
    public static final List<String> VISIBILITIES = List.of("User and User Admin Only", "Public Pages");
}
