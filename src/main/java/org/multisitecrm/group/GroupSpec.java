package org.multisitecrm.group;

import java.util.List;

/**
 * A group to create. {@code parentIds} and {@code organizationId} are chosen by users with
 * 'administer Multiple Organizations'; others get their domain's organisation. {@code smartCriteria},
 * when given, makes a smart group: APIv4 {@code where} clauses on Contact, as JSON; or
 * {@code savedSearchId} names an existing, unused saved search holding them.
 */
public record GroupSpec(String name, String title, String description, List<Long> parentIds, Long organizationId,
                        String smartCriteria, Long savedSearchId) {

    public GroupSpec {
        parentIds = parentIds == null ? List.of() : List.copyOf(parentIds);
    }

    public GroupSpec(String name, String title, String description, List<Long> parentIds, Long organizationId,
                     String smartCriteria) {
        this(name, title, description, parentIds, organizationId, smartCriteria, null);
    }

    public static GroupSpec plain(String name, String title) {
        return new GroupSpec(name, title, null, List.of(), null, null);
    }
}
