package org.multisitecrm.security;


import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an operation needs of its caller, in CiviCRM's permission names: one permission, any of
 * several, or all of several. The server acting for itself (the system caller) meets every one.
 */
public final class Requirement {

    public static final Requirement ADMINISTER_MULTIPLE_ORGANIZATIONS = permission(Permission.ADMINISTER_MULTIPLE_ORGANIZATIONS);
    public static final Requirement ADMINISTER_CIVICRM = permission(Permission.ADMINISTER_CIVICRM);

    private final List<Permission> permissions;
    private final boolean all;

    private Requirement(List<Permission> permissions, boolean all) {
        if (permissions.isEmpty()) {
            throw new IllegalArgumentException("a requirement names at least one permission");
        }
        this.permissions = List.copyOf(permissions);
        this.all = all;
    }

    public static Requirement permission(Permission permission) {
        return new Requirement(List.of(permission), true);
    }

    public static Requirement anyOf(Permission... permissions) {
        return new Requirement(Arrays.asList(permissions), false);
    }

    public static Requirement allOf(Permission... permissions) {
        return new Requirement(Arrays.asList(permissions), true);
    }

    public boolean isMetBy(Caller caller) {
        if (caller.isSystem()) {
            return true;
        }
        return all ? permissions.stream().allMatch(caller::has) : permissions.stream().anyMatch(caller::has);
    }

    /** As the refusal says it: {@code 'edit all contacts in domain' or 'administer CiviCRM'}. */
    public String describe() {
        return permissions.stream().map(p -> "'" + p.label() + "'").collect(Collectors.joining(all ? " and " : " or "));
    }

    @Override
    public String toString() {
        return describe();
    }
}
