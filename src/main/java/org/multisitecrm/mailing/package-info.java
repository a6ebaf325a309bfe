/**
 * Mail a domain sends: its outbound mail server ({@code mailing_backend}, per domain as the seed's "Mail
 * Settings" row says) and the system check that tells a domain its mail cannot go out.
 */
package org.multisitecrm.mailing;
