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
     * Whether a job is due at {@code now}, as CiviCRM's {@code needsRunning}: a job with a
     * {@code scheduled_run_date} runs once that time comes, whenever it last ran (the date is cleared by
     * the run); otherwise when never run or once its frequency has passed since it last ran.
     */
    public boolean isDue(LocalDateTime lastRun, LocalDateTime scheduledRunDate, LocalDateTime now) {
        if (scheduledRunDate != null) {
            return !now.isBefore(scheduledRunDate);
        }
        return lastRun == null || !now.isBefore(nextAfter(lastRun));
    }
}
