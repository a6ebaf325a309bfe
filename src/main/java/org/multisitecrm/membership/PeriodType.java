package org.multisitecrm.membership;

/** CiviCRM's {@code period_type}: a term runs from the day it starts, or over fixed calendar periods. */
public enum PeriodType {
    rolling, fixed
}
