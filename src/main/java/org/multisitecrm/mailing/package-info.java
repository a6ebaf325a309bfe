/**
 * CiviMail per domain: the domain's outbound mail server ({@code mailing_backend}) and from addresses,
 * its mailings with their groups, recipients fixed at scheduling under the scheduler's sight of contacts,
 * tokens from the sending domain, the Send Scheduled Mailings job that sends through the domain's own
 * SMTP server and resumes after a crash without sending twice, and the signed unsubscribe and opt-out
 * pages on the domain's own host.
 */
package org.multisitecrm.mailing;
