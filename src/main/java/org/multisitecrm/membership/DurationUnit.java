package org.multisitecrm.membership;

/** CiviCRM's {@code duration_unit} of a membership type, by its stored names. */
public enum DurationUnit {
    day, month, year, lifetime
}
