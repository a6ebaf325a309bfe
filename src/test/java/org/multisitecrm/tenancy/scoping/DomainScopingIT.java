package org.multisitecrm.tenancy.scoping;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.multisitecrm.launcher.TestDatabase;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.security.DomainWork;
import org.multisitecrm.tenancy.DomainScope;
import org.multisitecrm.tenancy.DomainScopeViolation;
import org.eclipse.persistence.exceptions.EclipseLinkException;
import org.eclipse.persistence.exceptions.QueryException;

import java.io.File;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside Payara, on MariaDB, with the demo domains: from one domain, every path to another domain's
 * rows behaves as if they did not exist; a parent does not see its branches' rows; rows that belong
 * to every domain are read by all and changed by none but the explicit all-domains scope.
 */
@ExtendWith(ArquillianExtension.class)
class DomainScopingIT {

    private static final List<String> SCOPED = List.of(
            "MembershipType", "Membership", "PaymentProcessor", "Navigation", "Setting", "OptionGroup", "OptionValue", "Job", "JobLog",
            "UFMatch", "ContributionPage", "MembershipBlock", "Campaign", "Event", "Participant",
            "StatusPreference", "ReportInstance", "Dashboard", "DomainBranding", "Mailing", "MailingGroup", "MailingJob", "MailingRecipient",
            "MailingQueueItem", "MailingDelivered", "MailingBounce", "MailingUnsubscribe", "SmsProvider",
            "MailingTrackableUrl", "MailingClick", "MailingOpened", "DashboardContact", "UserRole", "MembershipPayment");

    @Deployment
    static WebArchive deployment() {
        String[] db = TestDatabase.urlUserPassword();
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("crm.build.directory", "target"), "multisite-crm.war"));
        war.delete("/WEB-INF/classes/META-INF/microprofile-config.properties");
        war.addAsResource(new StringAsset("db.url=" + db[0] + "\ndb.user=" + db[1] + "\ndb.password=" + db[2]
                + "\ncrm.demo=true\n"), "META-INF/microprofile-config.properties");
        war.addClasses(DomainScopingIT.class, ScopingProbe.class);
        return war;
    }

    @Inject
    private ScopingProbe probe;

    private long head;
    private long north;
    private long south;

    @BeforeEach
    void domains() {
        head = probe.domainId("Head Office");
        north = probe.domainId("Branch North");
        south = probe.domainId("Branch South");
    }

    private static <T> T as(long domainId, Supplier<T> work) {
        return DomainWork.call(domainId, "scoping test", work);
    }

    private static <T> T acrossDomains(Supplier<T> work) {
        return DomainScope.allDomains("DomainScopingIT").call(work);
    }

    private static final String OWNERSHIP_GUARD = DomainScopeViolation.class.getSimpleName();
    private static final String NO_SCOPE_BOUND = "EclipseLink-" + QueryException.MISSING_CONTEXT_PROPERTY_FOR_PROPERTY_PARAMETER_EXPRESSION;
    private static final String NATIVE_SQL_DISABLED = "EclipseLink-" + QueryException.NATIVE_SQL_QUERIES_ARE_DISABLED;

    /** Which part of the scoping mechanism refused the work (so a refusal for another reason fails). */
    private static String refusal(Runnable work) {
        try {
            work.run();
            return "not refused";
        } catch (RuntimeException error) {
            String eclipseLinkCode = null;
            for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                if (cause instanceof DomainScopeViolation) {
                    return OWNERSHIP_GUARD;
                }
                if (cause instanceof EclipseLinkException eclipseLink && eclipseLinkCode == null) {
                    eclipseLinkCode = "EclipseLink-" + eclipseLink.getErrorCode();
                }
            }
            return eclipseLinkCode != null ? eclipseLinkCode : error.toString();
        }
    }

    @Test
    void everyEntityTheTableScopesIsProbed() {
        java.util.Set<String> scoped = new java.util.TreeSet<>();
        var table = org.multisitecrm.tenancy.separation.SeparationTable.load();
        table.jpaEntities().stream().filter(e -> table.ruleFor(e).orElseThrow().mode().isScoped()).forEach(scoped::add);
        scoped.removeAll(SCOPED);
        assertEquals(java.util.Set.of(), scoped, "scoped entities no probe attacks: add them to SCOPED and ScopingProbe");
    }

    @Test
    void anotherDomainsRowsDoNotExistOnAnyPath() {
        for (String entity : SCOPED) {
            long southCountBefore = as(south, () -> probe.count(entity));
            long headCountBefore = as(head, () -> probe.count(entity));
            long id = as(north, () -> probe.create(entity, "probe-" + entity + "-" + System.nanoTime(), null));

            assertEquals(north, as(north, () -> probe.ownerOf(entity, id)), entity + ": the insert took the bound domain");
            assertTrue(as(north, () -> probe.idsByJpql(entity).contains(id)), entity + ": the owner sees it");
            String original = as(north, () -> probe.text(entity, id));

            for (long other : List.of(south, head)) {
                String where = entity + " seen from domain " + other + ": ";
                assertFalse(as(other, () -> probe.exists(entity, id)), where + "find by id");
                assertFalse(as(other, () -> probe.exists(entity, Long.MAX_VALUE)), where + "same answer as a missing id");
                assertFalse(as(other, () -> probe.idsByJpql(entity).contains(id)), where + "JPQL");
                assertFalse(as(other, () -> probe.idsByCriteria(entity).contains(id)), where + "criteria");
                assertNull(as(other, () -> probe.text(entity, id)), where + "JPQL by id");
                assertEquals(0, as(other, () -> probe.bulkUpdate(entity, id, "hijacked")), where + "bulk update");
                assertFalse(as(other, () -> probe.findAndChange(entity, id, "hijacked")), where + "update");
                assertEquals(0, as(other, () -> probe.bulkDelete(entity, id)), where + "bulk delete");
                assertFalse(as(other, () -> probe.findAndRemove(entity, id)), where + "delete");
            }
            assertEquals(southCountBefore, as(south, () -> probe.count(entity)), entity + ": count from a sibling");
            assertEquals(headCountBefore, as(head, () -> probe.count(entity)), entity + ": count from the parent");

            SeparableEntity copy = as(north, () -> probe.detachedCopy(entity, id));
            assertEquals(OWNERSHIP_GUARD, refusal(() -> DomainWork.run(south, "scoping test", () -> probe.merge(copy))),
                    entity + ": merging North's row from South");

            assertEquals(original, as(north, () -> probe.text(entity, id)), entity + ": unchanged after every attempt");
            assertEquals(1, as(north, () -> probe.bulkUpdate(entity, id, "changed by owner")), entity + ": owner's bulk update");
            assertEquals(1, as(north, () -> probe.bulkDelete(entity, id)), entity + ": owner's bulk delete");
        }
    }

    @Test
    void aRowCannotBeCreatedForAnotherDomain() {
        for (String entity : SCOPED) {
            assertEquals(OWNERSHIP_GUARD, refusal(() -> as(south, () -> probe.create(entity, "planted-" + System.nanoTime(), north))),
                    entity);
        }
        assertEquals(OWNERSHIP_GUARD,
                refusal(() -> acrossDomains(() -> probe.create("MembershipType", "ownerless-" + System.nanoTime(), null))),
                "a domain entity needs a domain even across domains");
        assertTrue(acrossDomains(() -> probe.create("MembershipType", "for-south-" + System.nanoTime(), south)) > 0,
                "across domains, a row may be created for a named domain");
    }

    @Test
    void rowsForEveryDomainAreReadByAllAndChangedByNone() {
        long prefix = probe.globalGroup("individual_prefix").getId();
        long doctor = as(north, () -> probe.globalValueId("individual_prefix", "Dr."));
        for (long domain : List.of(head, north, south)) {
            String where = "from domain " + domain + ": ";
            assertTrue(as(domain, () -> probe.exists("OptionGroup", prefix)), where + "the global group is read");
            assertTrue(as(domain, () -> probe.idsByJpql("OptionValue").contains(doctor)), where + "the global value is listed");
            assertEquals(0, as(domain, () -> probe.bulkUpdate("OptionValue", doctor, "Doc")), where + "bulk update");
            assertEquals(0, as(domain, () -> probe.bulkDelete("OptionValue", doctor)), where + "bulk delete");
            assertEquals(0, as(domain, () -> probe.bulkDelete("OptionGroup", prefix)), where + "bulk delete of the group");
            long owned = as(domain, () -> probe.idsByJpql("OptionValue").stream()
                    .filter(id -> probe.ownerOf("OptionValue", id) != null).count());
            int touched = as(domain, () -> probe.bulkTouchAll("OptionValue"));
            assertEquals(owned, touched, where + "a bulk update of all rows reaches only the domain's own");
            assertEquals(OWNERSHIP_GUARD, refusal(() -> as(domain, () -> probe.findAndChange("OptionValue", doctor, "Doc"))), where + "update");
            assertEquals(OWNERSHIP_GUARD, refusal(() -> as(domain, () -> probe.findAndRemove("OptionValue", doctor))), where + "delete");
        }
        assertEquals("Dr.", as(south, () -> probe.text("OptionValue", doctor)));

        assertEquals(1, acrossDomains(() -> probe.bulkUpdate("OptionValue", doctor, "Doctor")), "the all-domains scope may change it");
        assertEquals("Doctor", as(north, () -> probe.text("OptionValue", doctor)));
        assertEquals(1, acrossDomains(() -> probe.bulkUpdate("OptionValue", doctor, "Dr.")));
    }

    @Test
    void aQueryWithNoDomainBoundFailsInsteadOfReadingEverything() throws InterruptedException {
        // this test runs inside an HTTP request, which the filter bound to a domain: a thread of its
        // own is what background work that forgot to bind a scope looks like
        List<String> outcomes = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread unbound = new Thread(() -> {
            outcomes.add("scope bound: " + DomainScope.current().isPresent());
            for (String entity : SCOPED) {
                outcomes.add(entity + ": " + refusal(() -> probe.count(entity)));
            }
        });
        unbound.start();
        unbound.join(60_000);
        List<String> expected = new java.util.ArrayList<>(List.of("scope bound: false"));
        SCOPED.forEach(entity -> expected.add(entity + ": " + NO_SCOPE_BOUND));
        assertEquals(expected, outcomes);
    }

    @Test
    void nativeSqlThatWouldSkipTheCriteriaIsRefused() {
        assertEquals(NATIVE_SQL_DISABLED, refusal(() -> as(north, probe::nativeSql)));
    }
}
