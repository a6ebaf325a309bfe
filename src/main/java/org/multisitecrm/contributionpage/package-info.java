/**
 * Contribution pages: a domain's public pages for a donation or a membership signup, on the domain's own
 * host, offering only that domain's membership types and payment processors. A submission matches or
 * creates the contact within the domain, places the order, charges the card and records the payment in
 * one transaction: a declined card leaves nothing behind.
 */
package org.multisitecrm.contributionpage;
