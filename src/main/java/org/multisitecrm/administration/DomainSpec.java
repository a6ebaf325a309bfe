package org.multisitecrm.administration;

import java.util.List;

/** What it takes to create a domain: its identity, its place in the tree and the sites that serve it. */
public record DomainSpec(String name, String description, Long parentId, List<SiteSpec> sites) {

    public record SiteSpec(String hostname, int port, boolean isDefault) {
    }
}
