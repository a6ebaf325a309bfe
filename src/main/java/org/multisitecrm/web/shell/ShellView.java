package org.multisitecrm.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.multisitecrm.navigation.MenuItem;
import org.multisitecrm.navigation.NavigationMenu;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.Permission;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSeparator;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuElement;
import org.primefaces.model.menu.MenuModel;

import java.util.List;

/** What the frame of a page shows beside the domain ({@code currentDomain}): the menu this user may see here, who is signed in. */
@Named("shell")
@RequestScoped
public class ShellView {

    @Inject
    private NavigationMenu navigation;

    private MenuModel menu;

    @PostConstruct
    void build() {
        Caller caller = Caller.require();
        String root = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        menu = new DefaultMenuModel();
        List<MenuItem> items = caller.isAuthenticated()
                ? navigation.visibleTo(label -> Permission.byLabel(label).map(caller::has).orElse(false)) : List.of();
        for (MenuItem item : items) {
            item.keep(i -> BackOfficeRoutes.page(i.url()).isPresent()).ifPresent(kept -> menu.getElements().add(element(kept, root)));
        }
    }

    private static MenuElement element(MenuItem item, String root) {
        if (item.children().isEmpty()) {
            return DefaultMenuItem.builder().value(item.label()).icon(item.icon())
                    .url(root + BackOfficeRoutes.page(item.url()).orElseThrow()).build();
        }
        DefaultSubMenu.Builder sub = DefaultSubMenu.builder().label(item.label()).icon(item.icon());
        if (item.url() != null) {
            sub.addElement(DefaultMenuItem.builder().value(item.label())
                    .url(root + BackOfficeRoutes.page(item.url()).orElseThrow()).build());
        }
        for (MenuItem child : item.children()) {
            if (child.separator() == MenuItem.SEPARATOR_BEFORE) {
                sub.addElement(new DefaultSeparator());
            }
            sub.addElement(element(child, root));
            if (child.separator() == MenuItem.SEPARATOR_AFTER) {
                sub.addElement(new DefaultSeparator());
            }
        }
        return sub.build();
    }

    public MenuModel getMenu() {
        return menu;
    }

    public String getUsername() {
        return Caller.require().username().orElse("");
    }

    public boolean isSignedIn() {
        return Caller.require().isAuthenticated();
    }
}
