package org.multisitecrm.navigation;

import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Who may see a menu entry, as CiviCRM reads {@code civicrm_navigation.permission} and
 * {@code permission_operator}: a comma-separated list of permission labels, all of them needed unless
 * the operator is {@code OR}. An entry with no permission is for everyone signed in; a permission this
 * server does not know is held by nobody, so a menu entry copied from CiviCRM never opens up.
 */
public record MenuPermission(List<String> permissions, boolean any) {

    public static MenuPermission of(String permission, String operator) {
        List<String> labels = permission == null ? List.of()
                : Arrays.stream(permission.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
        return new MenuPermission(labels, isOr(operator));
    }

    /** Refuses an operator CiviCRM would not accept, naming the field. */
    public static void requireValidOperator(String operator) {
        if (operator != null && !operator.isBlank() && !isOr(operator) && !operator.trim().equalsIgnoreCase("AND")) {
            throw new InvalidInput("permission_operator", "must be AND or OR, not '" + operator + "'");
        }
    }

    public boolean allows(Predicate<String> holds) {
        if (permissions.isEmpty()) {
            return true;
        }
        return any ? permissions.stream().anyMatch(holds) : permissions.stream().allMatch(holds);
    }

    private static boolean isOr(String operator) {
        return operator != null && operator.trim().toUpperCase(Locale.ROOT).equals("OR");
    }
}
