package org.multisitecrm.tenancy;

/** Fired when domains or sites were written; the cached site table reloads once the transaction commits. */
public record SitesChanged(String reason) {
}
