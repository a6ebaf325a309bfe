package org.multisitecrm.security;

import org.multisitecrm.security.audit.Refusals;

/**
 * The one permission vocabulary (as Keycloak's {@code AdminPermissionEvaluator}): what an operation
 * needs is declared once as a {@link Requirement} and checked here against the bound caller. A caller who does not meet
 * it is refused (403) and the refusal recorded, always in the same words: what was attempted and what
 * it needs.
 */
public final class Access {

    private Access() {
    }

    /** The bound caller, if they meet the requirement; else the recorded refusal is thrown. */
    public static Caller require(Requirement requirement, String entity, Long id, String action) {
        Caller caller = Caller.require();
        if (!requirement.isMetBy(caller)) {
            throw Refusals.refuse(entity, id, action, action + " of " + entity + " needs " + requirement.describe());
        }
        return caller;
    }

    /** Whether the bound caller meets the requirement (for checkAccess and for choosing what to show). */
    public static boolean allows(Requirement requirement) {
        return requirement.isMetBy(Caller.require());
    }
}
