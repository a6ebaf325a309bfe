package org.multisitecrm.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/**
 * A search saved as APIv4 parameters (JSON: select, join, where, groupBy, having, orderBy) on an entity:
 * SearchKit's searches, and the criteria of smart groups (on Contact).
 */
@Entity
@Table(name = "civicrm_saved_search")
public class SavedSearch extends SeparableEntity {

    @Column(nullable = false, updatable = false)
    private String name;

    private String label;

    private String description;

    @Column(name = "api_entity", nullable = false, updatable = false)
    private String apiEntity = "Contact";

    @Column(name = "api_params", nullable = false, columnDefinition = "TEXT")
    private String apiParams;

    @Column(name = "expires_date")
    private java.time.LocalDateTime expiresDate;

    @Column(name = "created_id", updatable = false)
    private Long createdId;

    @Column(name = "modified_id")
    private Long modifiedId;

    @Column(name = "created_date", insertable = false, updatable = false)
    private java.time.LocalDateTime createdDate;

    /**
     * The domain it was saved on. Saved searches are shared (every domain reads them, as in CiviCRM);
     * one that drives no group is changed or taken only from that domain's site tree. Null for searches
     * saved before domains were recorded: only 'administer Multiple Organizations' changes those.
     */
    @Column(name = "created_domain_id", updatable = false)
    private Long createdDomainId;

    /** Set by the database whenever the row changes, for updates that check nobody else changed it. */
    @Column(name = "modified_date", insertable = false, updatable = false)
    private java.time.LocalDateTime modifiedDate;

    protected SavedSearch() {
    }

    public SavedSearch(String name, String label, String apiParams, Long createdDomainId) {
        this(name, label, "Contact", apiParams, createdDomainId);
    }

    SavedSearch(String name, String label, String apiEntity, String apiParams, Long createdDomainId) {
        this.name = name;
        this.label = label;
        this.apiEntity = apiEntity;
        this.apiParams = apiParams;
        this.createdDomainId = createdDomainId;
    }

    /** Who saved and who last changed it: the writing user's contact, on every path. */
    @jakarta.persistence.PrePersist
    void created() {
        createdId = org.multisitecrm.security.Caller.current().flatMap(org.multisitecrm.security.Caller::contactId).orElse(null);
        modifiedId = createdId;
    }

    @jakarta.persistence.PreUpdate
    void changed() {
        modifiedId = org.multisitecrm.security.Caller.current().flatMap(org.multisitecrm.security.Caller::contactId).orElse(modifiedId);
    }

    public java.util.Optional<Long> createdDomainId() {
        return java.util.Optional.ofNullable(createdDomainId);
    }

    void revise(String label, String apiParams) {
        this.label = label;
        this.apiParams = apiParams;
    }

    public String getName() {
        return name;
    }

    public String getLabel() {
        return label;
    }

    public String getApiEntity() {
        return apiEntity;
    }

    public String getApiParams() {
        return apiParams;
    }
}
