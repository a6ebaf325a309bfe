package org.multisitecrm.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.multisitecrm.dashboard.Dashlet;
import org.multisitecrm.dashboard.Dashlets;

import java.io.Serializable;
import java.util.List;

/** The home page's dashboard ({@code index.xhtml}): the user's dashlets on this domain, in their two columns. */
@Named("home")
@ViewScoped
public class HomeView implements Serializable {

    @Inject
    private Dashlets dashlets;

    private List<Dashlet> shown;

    @PostConstruct
    void load() {
        shown = dashlets.forCaller();
    }

    public List<Dashlet> column(int column) {
        return shown.stream().filter(d -> d.getColumn() == column).toList();
    }

    public List<Dashlet> getFirstColumn() {
        return column(0);
    }

    public List<Dashlet> getSecondColumn() {
        return shown.stream().filter(d -> d.getColumn() != 0).toList();
    }
}
