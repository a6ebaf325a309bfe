package org.multisitecrm.navigation;

import java.util.List;
import java.util.function.Predicate;

/** One entry of a domain's menu as a user may see it, with the entries under it. */
public record MenuItem(String name, String label, String url, String icon, int separator, List<MenuItem> children) {

    /** CiviCRM's {@code has_separator}: a line after the entry (1) or before it (2). */
    public static final int SEPARATOR_AFTER = 1;
    public static final int SEPARATOR_BEFORE = 2;

    public MenuItem(String name, String label, String url, String icon, List<MenuItem> children) {
        this(name, label, url, icon, 0, children);
    }


    /** This entry with only the children the filter keeps; an entry without a link of its own is dropped once empty. */
    public java.util.Optional<MenuItem> keep(Predicate<MenuItem> linkable) {
        List<MenuItem> kept = children.stream().map(c -> c.keep(linkable)).flatMap(java.util.Optional::stream).toList();
        boolean ownLink = url != null && !url.isBlank() && linkable.test(this);
        if (!ownLink && kept.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new MenuItem(name, label, ownLink ? url : null, icon, separator, kept));
    }
}
