package org.multisitecrm.tenancy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Wagtail's rules: hostname and port; else hostname; else the default site. */
class SiteTableTest {

    private final SiteTable table = new SiteTable(
            List.of(new SiteTable.SiteRow("localhost", 80, true, 1),
                    new SiteTable.SiteRow("north.localhost", 80, false, 2),
                    new SiteTable.SiteRow("north.localhost", 8443, false, 4),
                    new SiteTable.SiteRow("south.localhost", 80, false, 3)),
            Map.of(1L, new SiteTable.DomainRow(1, "Head Office", null, null),
                    2L, new SiteTable.DomainRow(2, "Branch North", null, "Head Office"),
                    3L, new SiteTable.DomainRow(3, "Branch South", null, "Head Office"),
                    4L, new SiteTable.DomainRow(4, "North Secure", null, "Branch North")));

    private String domainFor(String host) {
        return table.match(RequestHost.parse(host)).orElseThrow().name();
    }

    @Test
    void hostnameAndPortMatchFirst() {
        assertEquals("North Secure", domainFor("north.localhost:8443"));
        assertEquals("Branch North", domainFor("north.localhost"));
    }

    @Test
    void hostnameAloneMatchesWhenThePortDoesNot() {
        assertEquals("Branch North", domainFor("north.localhost:8080"));
        assertEquals("Branch South", domainFor("SOUTH.localhost.:8080"));
    }

    @Test
    void anyOtherHostGetsTheDefaultSite() {
        assertEquals("Head Office", domainFor("elsewhere.example:8080"));
        assertEquals("Head Office", domainFor(null));
        assertEquals("Head Office", domainFor("[::1]:8080"));
    }

    @Test
    void hostHeadersAreParsedLeniently() {
        assertEquals(new RequestHost("north.localhost", 8080), RequestHost.parse(" North.Localhost:8080 "));
        assertEquals(new RequestHost("[::1]", 8080), RequestHost.parse("[::1]:8080"));
        assertEquals(new RequestHost("example.org", 80), RequestHost.parse("example.org:notaport"));
        assertEquals(new RequestHost("example.org", 80), RequestHost.parse("example.org:99999"));
    }

    @Test
    void aPinnedDomainIsServedWhateverTheHost() {
        assertEquals("Branch South", table.forDomain(3).orElseThrow().name());
    }
}
