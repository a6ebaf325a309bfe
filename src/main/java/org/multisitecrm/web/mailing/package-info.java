/**
 * The Mailings pages: the domain's mailings with their progress, and composing one (groups, preview, test
 * send, schedule), through {@link org.multisitecrm.web.mailing.MailingBackOffice}.
 */
package org.multisitecrm.web.mailing;
