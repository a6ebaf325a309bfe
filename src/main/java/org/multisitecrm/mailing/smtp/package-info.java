/**
 * A small SMTP client of our own, because sending must record a delivery between the message's data
 * and the final dot that commits it at the server (which Jakarta Mail's Transport does not expose): a
 * crash then never sends a message twice. Jakarta Mail still builds the messages.
 */
package org.multisitecrm.mailing.smtp;
