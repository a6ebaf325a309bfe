package org.multisitecrm.tenancy.scoping;

/** Names of the session properties that the scoping criteria read. */
final class ScopeParameter {

    /** The bound domain's id (0 in the all-domains scope, which matches no row on its own). */
    static final String DOMAIN = "crmDomain";
    /** 1 in the all-domains scope. */
    static final String ALL_DOMAINS = "crmAllDomains";
    /** 1 while a read runs: rows owned by every domain are read by all, but changed by none in bulk. */
    static final String READING = "crmReading";

    private ScopeParameter() {
    }
}
