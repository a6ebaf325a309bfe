package org.multisitecrm.cluster;

/**
 * A notice received from another member, fired as a CDI event on this one: data of {@code subject}
 * changed there, so what this server holds of it in memory is to be read again.
 *
 * @param subject    what changed, one of the subjects below
 * @param detail     for the log: what happened, in words
 * @param fromMember the member that sent it
 */
public record ClusterNotice(String subject, String detail, String fromMember) {

    /** Domains or sites: the site table. */
    public static final String SITES = "sites";
}
