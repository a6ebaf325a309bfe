package org.multisitecrm.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.GeneratedIdEntity;

/** The criteria of a smart group, as APIv4 parameters (JSON) on an entity (Contact). */
@Entity
@Table(name = "civicrm_saved_search")
public class SavedSearch extends GeneratedIdEntity {

    @Column(nullable = false, updatable = false)
    private String name;

    private String label;

    @Column(name = "api_entity", nullable = false, updatable = false)
    private String apiEntity = "Contact";

    @Column(name = "api_params", nullable = false, columnDefinition = "TEXT")
    private String apiParams;

    protected SavedSearch() {
    }

    public SavedSearch(String name, String label, String apiParams) {
        this.name = name;
        this.label = label;
        this.apiParams = apiParams;
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
