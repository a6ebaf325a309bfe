package org.multisitecrm.status;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

import java.time.LocalDate;

/** A domain's preference for one status check (by the check's name): hushed until a date, or ignored up to a severity. */
@Entity
@Table(name = "civicrm_status_pref")
public class StatusPreference extends SeparableEntity {

    @Column(nullable = false)
    private String name;

    @Column(name = "hush_until")
    private LocalDate hushUntil;

    @Column(name = "ignore_severity", nullable = false)
    private Integer ignoreSeverity = 1;

    private String prefs;

    @Column(name = "check_info")
    private String checkInfo;

    protected StatusPreference() {
    }

    public StatusPreference(String name, int ignoreSeverity) {
        this.name = name;
        this.ignoreSeverity = ignoreSeverity;
    }

    public void setCheckInfo(String checkInfo) {
        this.checkInfo = checkInfo;
    }
}
