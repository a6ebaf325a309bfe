package org.multisitecrm.web.system;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.multisitecrm.infrastructure.status.StatusBoard;
import org.multisitecrm.web.record.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** System Status ({@code admin/status.xhtml}): what needs attention in this domain, and hushing it for a week. */
@Named("systemStatus")
@ViewScoped
public class StatusView implements Serializable {

    private static final int HUSH_DAYS = 7;

    @Inject
    private SystemBackOffice system;

    private List<StatusBoard.Shown> statuses;

    @PostConstruct
    void load() {
        statuses = system.statuses();
    }

    public void hush(StatusBoard.Shown shown) {
        LocalDate until = LocalDate.now().plusDays(HUSH_DAYS);
        if (FacesMessages.attempt(() -> system.hush(shown.status().name(), shown.status().severity().id(), until), "status")) {
            FacesMessages.global(FacesMessage.SEVERITY_INFO, shown.status().title() + " hushed until " + until);
            load();
        }
    }

    public List<StatusBoard.Shown> getStatuses() {
        return statuses;
    }
}
