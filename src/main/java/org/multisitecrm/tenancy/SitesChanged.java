package org.multisitecrm.tenancy;

/**
 * Fired when domains or sites were written; the cached site table reloads once the transaction commits.
 * Fired again on every other member of a cluster, there with {@code fromOtherMember} set, so that it is
 * not sent back.
 */
public record SitesChanged(String reason, boolean fromOtherMember) {

    public SitesChanged(String reason) {
        this(reason, false);
    }
}
