package org.multisitecrm.mailing;

/**
 * The links a recipient follows back to the sending domain's own site: each names its queue row and
 * carries that row's random hash, which the page checks (in the domain of the host it is opened on).
 */
public final class MailingLinks {

    public static final String UNSUBSCRIBE = "unsubscribe";
    public static final String OPT_OUT = "optout";

    private MailingLinks() {
    }

    public static String unsubscribePath(long queueId, String hash) {
        return "civicrm/mailing/" + UNSUBSCRIBE + "?qid=" + queueId + "&h=" + hash;
    }

    public static String optOutPath(long queueId, String hash) {
        return "civicrm/mailing/" + OPT_OUT + "?qid=" + queueId + "&h=" + hash;
    }

    /** A tracked link: counted as the recipient's click, then forwarded to the link itself. */
    public static String clickPath(long trackableUrlId, long queueId, String hash) {
        return "civicrm/mailing/url?u=" + trackableUrlId + "&qid=" + queueId + "&h=" + hash;
    }

    public static String openPath(long queueId, String hash) {
        return "civicrm/mailing/open?qid=" + queueId + "&h=" + hash;
    }

    /** The mailing as a web page, for everyone it was sent to; its own hash keeps other mailings' ids from being tried. */
    public static String viewPath(long mailingId, String mailingHash) {
        return "civicrm/mailing/view?id=" + mailingId + "&h=" + mailingHash;
    }
}
