package org.multisitecrm.membership;

/** The unit a status event is shifted by ({@code start_event_adjust_unit}, {@code end_event_adjust_unit}). */
public enum AdjustUnit {
    day, month, year
}
