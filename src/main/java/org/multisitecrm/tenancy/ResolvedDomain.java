package org.multisitecrm.tenancy;

/**
 * The domain a request resolved to, with the site that matched (null hostname when the instance is
 * pinned to a domain by {@code CRM_DOMAIN_ID}). Immutable: it is cached and shared between requests.
 */
public record ResolvedDomain(long domainId, String name, String description, String parentName,
                             String siteHostname, int sitePort) {

    public static final String REQUEST_ATTRIBUTE = ResolvedDomain.class.getName();
}
