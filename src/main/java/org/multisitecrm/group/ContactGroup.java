package org.multisitecrm.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.security.visibility.VisibleThroughGroup;

/**
 * CiviCRM's Group ({@code civicrm_group}); named ContactGroup in JPA because GROUP is a JPQL keyword.
 * A smart group holds its criteria in a {@link SavedSearch}. Which groups a caller sees is decided by
 * the site tree (see {@code security.visibility}).
 */
@Entity
@Table(name = "civicrm_group")
@VisibleThroughGroup("id")
public class ContactGroup extends SeparableEntity {

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Column(name = "saved_search_id", updatable = false)
    private Long savedSearchId;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    @Column(nullable = false)
    private String visibility = "User and User Admin Only";

    @Column(name = "is_hidden", nullable = false)
    private boolean isHidden;

    @Column(name = "is_reserved", nullable = false)
    private boolean isReserved;

    @Column(name = "created_id")
    private Long createdId;

    /** CiviCRM's group types (Access Control, Mailing List), as a JSON list of option values. */
    @Column(name = "group_type")
    private String groupType;

    @Column(name = "frontend_title")
    private String frontendTitle;

    @Column(name = "frontend_description", columnDefinition = "TEXT")
    private String frontendDescription;

    protected ContactGroup() {
    }

    public ContactGroup(String name, String title) {
        this.name = name;
        this.title = title;
    }

    public boolean isSmart() {
        return savedSearchId != null;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getSavedSearchId() {
        return savedSearchId;
    }

    void setSavedSearchId(Long savedSearchId) {
        this.savedSearchId = savedSearchId;
    }

    public boolean isActive() {
        return isActive;
    }

    public GroupDetails details() {
        return new GroupDetails(title, description, isActive, visibility, isHidden);
    }

    void apply(GroupDetails details) {
        this.title = details.title().trim();
        this.description = details.description();
        this.isActive = details.isActive();
        this.visibility = details.visibility();
        this.isHidden = details.isHidden();
    }

    public boolean isReserved() {
        return isReserved;
    }

    void setReserved(boolean reserved) {
        isReserved = reserved;
    }

    public Long getCreatedId() {
        return createdId;
    }

    void setCreatedId(Long createdId) {
        this.createdId = createdId;
    }
}
