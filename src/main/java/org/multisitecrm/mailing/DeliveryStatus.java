package org.multisitecrm.mailing;

/** Where one queued message stands: waiting (or waiting to be retried), handed to the SMTP server, or given up on. */
public enum DeliveryStatus {
    Pending, Delivered, Failed
}
