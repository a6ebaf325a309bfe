package org.multisitecrm.mailing;

/** CiviCRM's mailing and mailing-job statuses: a mailing moves Draft, Scheduled, Running, Complete; or is Paused or Canceled. */
public enum MailingStatus {
    Draft, Scheduled, Running, Paused, Complete, Canceled;

    public boolean isOver() {
        return this == Complete || this == Canceled;
    }
}
