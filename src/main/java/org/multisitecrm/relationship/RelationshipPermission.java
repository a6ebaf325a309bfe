package org.multisitecrm.relationship;

import org.multisitecrm.infrastructure.validation.InvalidInput;

/** CiviCRM's values of {@code is_permission_a_b} / {@code is_permission_b_a}. */
public enum RelationshipPermission {
    NONE(0), VIEW_AND_UPDATE(1), VIEW_ONLY(2);

    private final int code;

    RelationshipPermission(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static RelationshipPermission of(int code, String field) {
        for (RelationshipPermission p : values()) {
            if (p.code == code) {
                return p;
            }
        }
        throw new InvalidInput(field, code + " is not a permission (0 none, 1 view and update, 2 view only)");
    }
}
