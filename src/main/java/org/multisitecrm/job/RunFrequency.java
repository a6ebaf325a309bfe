package org.multisitecrm.job;

import java.time.LocalDateTime;

/** CiviCRM's {@code run_frequency}: how long after its last run a job is due again. */
public enum RunFrequency {
    Always, Hourly, Daily, Weekly, Monthly, Quarter, Yearly;

    /** The earliest time a job last run at {@code lastRun} runs again; {@code Always} is due at every tick. */
    public LocalDateTime nextAfter(LocalDateTime lastRun) {
        return switch (this) {
            case Always -> lastRun;
            case Hourly -> lastRun.plusHours(1);
            case Daily -> lastRun.plusDays(1);
            case Weekly -> lastRun.plusWeeks(1);
            case Monthly -> lastRun.plusMonths(1);
            case Quarter -> lastRun.plusMonths(3);
            case Yearly -> lastRun.plusYears(1);
        };
    }

    /**
     * Whether a job is due at {@code now}: never run, or its frequency has passed since it last ran; and
     * not before its {@code scheduled_run_date}, when it has one.
     */
    public boolean isDue(LocalDateTime lastRun, LocalDateTime scheduledRunDate, LocalDateTime now) {
        if (scheduledRunDate != null && now.isBefore(scheduledRunDate)) {
            return false;
        }
        return lastRun == null || !now.isBefore(nextAfter(lastRun));
    }
}
