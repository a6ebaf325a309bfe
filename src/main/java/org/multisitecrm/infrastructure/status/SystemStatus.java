package org.multisitecrm.infrastructure.status;

import java.util.List;

/**
 * A status message as CiviCRM's {@code System.check} answers it: a stable {@code name} (what a status
 * preference hushes), a title, a message saying what to do, and a PSR-3 severity.
 */
public record SystemStatus(String name, String title, String message, Severity severity, String icon) {

    /** PSR-3 levels, as CiviCRM numbers them ({@code severity_id}). */
    public enum Severity {
        DEBUG, INFO, NOTICE, WARNING, ERROR, CRITICAL, ALERT, EMERGENCY;

        public int id() {
            return ordinal();
        }

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static SystemStatus warning(String name, String title, String message) {
        return new SystemStatus(name, title, message, Severity.WARNING, "fa-exclamation-triangle");
    }

    public static SystemStatus error(String name, String title, String message) {
        return new SystemStatus(name, title, message, Severity.ERROR, "fa-exclamation-circle");
    }

    public static List<SystemStatus> none() {
        return List.of();
    }
}
