package org.multisitecrm.web.user;

import org.multisitecrm.security.Role;

import java.io.Serializable;

/** A role offered for granting: its name (what is posted) and its label (what is shown). */
public record RoleOption(String name, String label) implements Serializable {

    public static RoleOption of(Role role) {
        return new RoleOption(role.getName(), role.getLabel());
    }

    public String getName() {
        return name;
    }

    public String getLabel() {
        return label;
    }
}
