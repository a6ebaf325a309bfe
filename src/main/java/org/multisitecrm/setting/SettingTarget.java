package org.multisitecrm.setting;

/**
 * Which domain's settings a call reads or writes, as APIv4's {@code domainId}: the request's own
 * domain ({@code current_domain} or absent), one domain by id, or {@code all} (head office only).
 */
public sealed interface SettingTarget {

    record Current() implements SettingTarget {
    }

    record OneDomain(long domainId) implements SettingTarget {
    }

    record AllDomains() implements SettingTarget {
    }

    static SettingTarget current() {
        return new Current();
    }

    static SettingTarget domain(long domainId) {
        return new OneDomain(domainId);
    }

    static SettingTarget all() {
        return new AllDomains();
    }
}
