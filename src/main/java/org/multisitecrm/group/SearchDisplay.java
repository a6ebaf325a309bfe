package org.multisitecrm.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/**
 * SearchKit's display of a saved search (CiviCRM's {@code civicrm_search_display}): its type and its
 * settings (columns, sort, page size) as JSON. Whoever may change the search may change its displays;
 * running one always applies the caller's own visibility.
 */
@Entity
@Table(name = "civicrm_search_display")
public class SearchDisplay extends SeparableEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String label;

    @Column(name = "saved_search_id", nullable = false, updatable = false)
    private Long savedSearchId;

    @Column(nullable = false)
    private String type = "table";

    @Column(columnDefinition = "TEXT")
    private String settings;

    protected SearchDisplay() {
    }

    public Long getSavedSearchId() {
        return savedSearchId;
    }
}
