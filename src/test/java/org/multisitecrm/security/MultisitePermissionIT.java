package org.multisitecrm.security;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.multisitecrm.acl.AclOperation;
import org.multisitecrm.acl.AclSpec;
import org.multisitecrm.acl.AclService;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.contact.ContactName;
import org.multisitecrm.contact.ContactService;
import org.multisitecrm.contact.ContactType;
import org.multisitecrm.group.ContactGroup;
import org.multisitecrm.group.GroupContactStatus;
import org.multisitecrm.group.GroupService;
import org.multisitecrm.group.GroupSpec;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.testing.InContainer;
import org.multisitecrm.relationship.Relationship;
import org.multisitecrm.relationship.RelationshipPermission;
import org.multisitecrm.relationship.RelationshipService;
import org.multisitecrm.security.audit.AccessRefusal;
import org.multisitecrm.security.audit.AuditLog;
import org.multisitecrm.security.visibility.RelationshipGrants;
import org.multisitecrm.security.visibility.ViewerBreadthProbe;
import org.multisitecrm.setting.StoredSettings;
import org.multisitecrm.tenancy.Domain;
import org.multisitecrm.tenancy.DomainScope;
import org.multisitecrm.administration.DomainService;
import org.multisitecrm.administration.DomainSpec;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.multisitecrm.administration.RoleGrants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed's multilevel permissioning, scenario by scenario, inside Payara on MariaDB with the demo
 * tree (Head Office > Branch North, Branch South) plus a level-3 site under North. Each call runs as a
 * real user resolved on a domain, through the services the API and back office use.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.MethodName.class)
class MultisitePermissionIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.war("it-permission-db", "crm.relationship.permission-depth=3\n")
                .addClasses(MultisitePermissionIT.class, ViewerBreadthProbe.class);
    }

    @Inject private ContactService contacts;
    @Inject private GroupService groups;
    @Inject private RelationshipService relationships;
    @Inject private RelationshipGrants grants;
    @Inject private AclService acls;
    @Inject private UserService users;
    @Inject private RoleGrants roles;
    @Inject private CallerResolver callers;
    @Inject private DomainService domains;
    @Inject private AuditLog audit;
    @Inject private StoredSettings settings;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject private InContainer container;

    private long domain(String name) {
        return container.domain(name);
    }

    private long contact(String sortName) {
        return container.contact(sortName);
    }

    private static <T> T system(Supplier<T> work) {
        return InContainer.system(work);
    }

    private <T> T as(String username, String domainName, Supplier<T> work) {
        return container.as(username, domainName, work);
    }

    private void asDo(String username, String domainName, Runnable work) {
        container.asDo(username, domainName, work);
    }

    private Set<String> visibleSortNames(String username, String domainName) {
        return as(username, domainName, () -> contacts.page(0, 1000).stream().map(Contact::getSortName).collect(Collectors.toSet()));
    }

    /** A contact created by the server on a domain (hard-added to that domain's group). */
    private long createOn(String domainName, ContactType type, ContactName name) {
        return DomainScope.of(domain(domainName)).call(() -> system(() -> contacts.create(type, name).getId()));
    }

    private long newUser(String username, String role, String domainName, long contactId) {
        return system(() -> {
            UserAccount user = users.create(username, (username + "-password").toCharArray());
            roles.grant(user.getId(), domain(domainName), role);
            roles.match(user.getId(), domain(domainName), contactId);
            return user.getId();
        });
    }

    private static final String NORTH = "Branch North";
    private static final String SOUTH = "Branch South";
    private static final String HEAD = "Head Office";
    private static final String NORTH_EAST = "Branch North East";

    @BeforeAll
    static void note() {
        // the level-3 site is created by the first test; the others rely on it (ordered by name)
    }

    @Test
    void a1_levelThreeSiteUnderNorthIsSeenFromNorth() {
        long parent = domain(NORTH);
        system(() -> domains.create(new DomainSpec(NORTH_EAST, "A level-3 site under North", parent,
                List.of(new DomainSpec.SiteSpec("northeast.localhost", 80, false)))));
        createOn(NORTH_EAST, ContactType.Individual, new ContactName("Eve", "Easting", null));

        Set<String> north = visibleSortNames("north", NORTH);
        assertTrue(north.containsAll(Set.of("Northcott, Nora", "Nyberg, Ned", "Sharp, Shona", "Manager, Nina",
                "Branch North", "Easting, Eve", "Branch North East")), north.toString());
        assertFalse(north.contains("Southey, Sara") || north.contains("Sandoval, Sam") || north.contains("Hale, Harriet"), north.toString());
    }

    @Test
    void a2_branchesDoNotSeeEachOtherAndASharedContactShowsOnBoth() {
        Set<String> south = visibleSortNames("south", SOUTH);
        assertTrue(south.containsAll(Set.of("Southey, Sara", "Sandoval, Sam", "Sharp, Shona", "Branch South")), south.toString());
        assertFalse(south.contains("Northcott, Nora") || south.contains("Easting, Eve") || south.contains("Hale, Harriet"));
        assertTrue(visibleSortNames("north", NORTH).contains("Sharp, Shona"));
    }

    @Test
    void a3_headOfficeWithViewAllContactsSeesEverything() {
        long total = system(() -> contacts.countVisible());
        assertEquals(total, (long) as("admin", HEAD, () -> contacts.countVisible()));
        assertTrue(visibleSortNames("admin", HEAD).containsAll(Set.of("Northcott, Nora", "Southey, Sara", "Easting, Eve")));
    }

    @Test
    void a4_anotherDomainsContactIsNotFoundForReadUpdateAndDelete() {
        long sara = contact("Southey, Sara");
        asDo("north", NORTH, () -> {
            assertThrows(NotFound.class, () -> contacts.get(sara));
            assertThrows(NotFound.class, () -> contacts.rename(sara, new ContactName("Sara", "Renamed", null)));
            assertThrows(NotFound.class, () -> contacts.delete(sara, true));
            assertThrows(NotFound.class, () -> contacts.addEmail(sara, 1, "x@example.org", false));
            assertEquals(List.of(), contacts.emails(sara), "what hangs off a contact follows its visibility");
        });
        assertEquals("Southey, Sara", system(() -> contacts.get(sara).getSortName()));
        InvalidInput tooLong = assertThrows(InvalidInput.class, () -> asDo("admin", HEAD,
                () -> contacts.addAddress(sara, 1, "x".repeat(97), "Leeds", "LS1", false)));
        assertEquals("street_address", tooLong.field());
        assertEquals(1, system(() -> contacts.emails(sara)).size());
    }

    @Test
    void a5_aHardAddMakesAContactVisibleAndItsEndHidesItAgain() {
        long sam = contact("Sandoval, Sam");
        long northGroup = DomainScope.of(domain(NORTH)).call(() -> system(() -> settings.longValue(StoredSettings.DOMAIN_GROUP_ID).orElseThrow()));
        asDo("admin", HEAD, () -> groups.setGroupContact(northGroup, sam, GroupContactStatus.Added));
        assertTrue(visibleSortNames("north", NORTH).contains("Sandoval, Sam"));
        asDo("admin", HEAD, () -> groups.setGroupContact(northGroup, sam, GroupContactStatus.Pending));
        assertFalse(visibleSortNames("north", NORTH).contains("Sandoval, Sam"), "only hard-adds count");
    }

    @Test
    void a6_smartGroupsNeverWidenWhatABranchSees() {
        long smart = as("north", NORTH, () -> groups.create(new GroupSpec("north_s_people", "People named S", null, List.of(), null,
                "[[\"last_name\", \"LIKE\", \"S%\"], [\"contact_type\", \"=\", \"Individual\"]]")).getId());
        Set<String> northSees = as("north", NORTH, () -> groups.members(smart).stream().map(Contact::getSortName).collect(Collectors.toSet()));
        assertEquals(Set.of("Sharp, Shona"), northSees);
        Set<String> adminSees = as("admin", HEAD, () -> groups.members(smart).stream().map(Contact::getSortName).collect(Collectors.toSet()));
        assertTrue(adminSees.containsAll(Set.of("Sharp, Shona", "Southey, Sara", "Sandoval, Sam")), adminSees.toString());
        assertThrows(InvalidInput.class, () -> asDo("north", NORTH, () -> groups.create(new GroupSpec("bad", "Bad", null, List.of(), null,
                "[[\"password_hash\", \"=\", \"x\"]]"))));
    }

    @Test
    void a7_groupsShownToABranchAreThoseOfItsSiteTree() {
        Set<String> north = as("north", NORTH, () -> groups.visibleGroups().stream().map(ContactGroup::getTitle).collect(Collectors.toSet()));
        assertTrue(north.containsAll(Set.of("Branch North", "Branch North East")), north.toString());
        assertFalse(north.contains("Branch South") || north.contains("Head Office"), north.toString());
        Set<String> admin = as("admin", HEAD, () -> groups.visibleGroups().stream().map(ContactGroup::getTitle).collect(Collectors.toSet()));
        assertTrue(admin.containsAll(Set.of("Branch North", "Branch South", "Head Office")));
    }

    @Test
    void a8_aclsGrantWithinTheSiteButNeverAcrossIt() {
        long staffContact = createOn(NORTH, ContactType.Individual, new ContactName("Stella", "Staff", null));
        newUser("stella", "staff", NORTH, staffContact);
        assertEquals(Set.of("Staff, Stella"), visibleSortNames("stella", NORTH), "staff sees only itself without ACLs");

        long nora = contact("Northcott, Nora");
        long sara = contact("Southey, Sara");
        long southGroup = DomainScope.of(domain(SOUTH)).call(() -> system(() -> settings.longValue(StoredSettings.DOMAIN_GROUP_ID).orElseThrow()));
        asDo("admin", NORTH, () -> {
            long staffGroup = groups.create(GroupSpec.plain("north_staff", "North staff")).getId();
            long volunteers = groups.create(GroupSpec.plain("north_volunteers", "North volunteers")).getId();
            groups.setGroupContact(staffGroup, staffContact, GroupContactStatus.Added);
            groups.setGroupContact(volunteers, nora, GroupContactStatus.Added);
            acls.assignRole(2, staffGroup);
            acls.grant("Staff view volunteers", 2, AclOperation.View, volunteers);
            acls.grant("Staff view South (outside the site)", 2, AclOperation.View, southGroup);
        });
        Set<String> stella = visibleSortNames("stella", NORTH);
        assertTrue(stella.contains("Northcott, Nora"), stella.toString());
        assertFalse(stella.contains("Nyberg, Ned"), "only the ACL's group");
        assertFalse(stella.contains("Southey, Sara"), "an ACL on another site's group does not override the multisite restriction");
        asDo("stella", NORTH, () -> assertThrows(AccessDenied.class,
                () -> contacts.rename(nora, new ContactName("Nora", "Changed", null)), "a View ACL does not allow editing"));
        assertThrows(NotFound.class, () -> asDo("stella", NORTH, () -> contacts.get(sara)));

        asDo("admin", NORTH, () -> acls.grant("Staff edit volunteers", 2, AclOperation.Edit,
                groups.visibleGroups().stream().filter(g -> g.getName().equals("north_volunteers")).findFirst().orElseThrow().getId()));
        asDo("stella", NORTH, () -> contacts.rename(nora, new ContactName("Nora", "Northcott-Edited", null)));
        assertEquals("Northcott-Edited, Nora", system(() -> contacts.get(nora).getSortName()), "an Edit ACL allows editing");
        asDo("admin", HEAD, () -> contacts.rename(nora, new ContactName("Nora", "Northcott", null)));

        long volunteers = as("admin", NORTH, () -> groups.visibleGroups().stream()
                .filter(g -> g.getName().equals("north_volunteers")).findFirst().orElseThrow().getId());
        long denyEdit = as("admin", NORTH, () -> acls.grant(new AclSpec("Staff may not edit volunteers", 2, AclOperation.Edit,
                volunteers, true, 0, true)).getId());
        assertTrue(visibleSortNames("stella", NORTH).contains("Northcott, Nora"), "a denied Edit leaves the View");
        asDo("stella", NORTH, () -> assertThrows(AccessDenied.class,
                () -> contacts.rename(nora, new ContactName("Nora", "Denied", null)), "a deny ACL takes the Edit ACL's grant away"));
        asDo("admin", NORTH, () -> acls.update(denyEdit, new AclSpec("Staff may not see volunteers", 2, AclOperation.View,
                volunteers, true, 0, true)));
        assertFalse(visibleSortNames("stella", NORTH).contains("Northcott, Nora"), "a denied View hides the group's contacts");
        asDo("admin", NORTH, () -> acls.revoke(denyEdit));
        assertTrue(visibleSortNames("stella", NORTH).contains("Northcott, Nora"), "revoking the deny gives the grant back");
    }

    @Test
    void a9_permissionedRelationshipsChainThroughOrganisationsUpToTheDepthLimitAndExpire() {
        long userContact = createOn(SOUTH, ContactType.Individual, new ContactName("Liam", "Liaison", null));
        newUser("liam", "staff", SOUTH, userContact);
        long orgA = createOn(HEAD, ContactType.Organization, new ContactName(null, null, "Org A"));
        long orgB = createOn(HEAD, ContactType.Organization, new ContactName(null, null, "Org B"));
        long orgC = createOn(HEAD, ContactType.Organization, new ContactName(null, null, "Org C"));
        long personB1 = createOn(HEAD, ContactType.Individual, new ContactName("Bea", "One", null));
        long personC1 = createOn(HEAD, ContactType.Individual, new ContactName("Cy", "One", null));
        long affiliated = 5;
        Relationship first = system(() -> relationships.create(affiliated, userContact, orgA, RelationshipPermission.VIEW_AND_UPDATE,
                RelationshipPermission.NONE, null, null));
        system(() -> relationships.create(affiliated, orgA, orgB, RelationshipPermission.VIEW_ONLY, RelationshipPermission.NONE, null, null));
        system(() -> relationships.create(affiliated, orgB, personB1, RelationshipPermission.VIEW_AND_UPDATE, RelationshipPermission.NONE, null, null));
        system(() -> relationships.create(affiliated, orgB, orgC, RelationshipPermission.VIEW_AND_UPDATE, RelationshipPermission.NONE, null, null));
        system(() -> relationships.create(affiliated, orgC, personC1, RelationshipPermission.VIEW_AND_UPDATE, RelationshipPermission.NONE, null, null));
        system(() -> relationships.create(affiliated, orgA, personC1, RelationshipPermission.VIEW_AND_UPDATE, RelationshipPermission.NONE,
                LocalDate.now().minusYears(2), LocalDate.now().minusDays(1)));

        Set<String> liam = visibleSortNames("liam", SOUTH);
        assertTrue(liam.containsAll(Set.of("Org A", "Org B", "One, Bea", "Org C")), liam.toString());
        assertFalse(liam.contains("One, Cy"), "depth 4 is beyond the limit of 3");
        asDo("liam", SOUTH, () -> contacts.rename(orgA, new ContactName(null, null, "Org A Ltd")));
        asDo("liam", SOUTH, () -> assertThrows(AccessDenied.class, () -> contacts.rename(personB1, new ContactName("Bea", "Renamed", null)),
                "a view-only link makes the rest of the chain view-only"));

        system(() -> relationships.update(first.getId(), RelationshipPermission.VIEW_AND_UPDATE, RelationshipPermission.NONE,
                LocalDate.now().minusYears(1), LocalDate.now().minusDays(1), true));
        assertFalse(visibleSortNames("liam", SOUTH).contains("Org A Ltd"), "an ended relationship grants nothing");
        system(() -> grants.refreshAll());
        assertFalse(visibleSortNames("liam", SOUTH).contains("Org B"));
    }

    @Test
    void b1_trashHidesRestoreBringsBackAndPermanentDeleteNeedsDeleteContacts() {
        long ned = contact("Nyberg, Ned");
        asDo("north", NORTH, () -> contacts.delete(ned, true));
        assertFalse(visibleSortNames("north", NORTH).contains("Nyberg, Ned"), "trashed contacts need 'access deleted contacts'");
        assertTrue(as("admin", HEAD, () -> contacts.get(ned).isDeleted()));
        asDo("admin", HEAD, () -> contacts.restore(ned));
        assertTrue(visibleSortNames("north", NORTH).contains("Nyberg, Ned"));
        asDo("north", NORTH, () -> assertThrows(AccessDenied.class, () -> contacts.delete(ned, false)));
        assertTrue(visibleSortNames("north", NORTH).contains("Nyberg, Ned"), "nothing half-done");
    }

    @Test
    void b2_aBranchUserCannotWidenTheirOwnReachAndEveryAttemptIsAudited() {
        long sara = contact("Southey, Sara");
        long southOrg = contact("Branch South");
        long southGroup = DomainScope.of(domain(SOUTH)).call(() -> system(() -> settings.longValue(StoredSettings.DOMAIN_GROUP_ID).orElseThrow()));
        long mine = as("north", NORTH, () -> groups.create(GroupSpec.plain("north_mine", "North's own")).getId());
        long northUser = system(() -> users.findByUsername("north").orElseThrow().getId());
        asDo("north", NORTH, () -> {
            assertThrows(NotFound.class, () -> groups.setGroupContact(mine, sara, GroupContactStatus.Added), "hard-adding an unseen contact");
            assertThrows(AccessDenied.class, () -> groups.addParent(mine, southGroup), "nesting under another site's group");
            assertThrows(AccessDenied.class, () -> groups.create(new GroupSpec("north_x", "X", null, List.of(), southOrg, null)),
                    "linking a group to another organisation");
            assertThrows(AccessDenied.class, () -> groups.linkOrganization(mine, southOrg));
            assertThrows(InvalidInput.class, () -> relationships.create(5, contact("Manager, Nina"), sara,
                    RelationshipPermission.VIEW_AND_UPDATE, RelationshipPermission.NONE, null, null), "permission towards an unseen contact");
            assertThrows(AccessDenied.class, () -> roles.grant(northUser, domain(SOUTH), "branch_manager"), "granting roles");
            assertThrows(AccessDenied.class, () -> domains.create(new DomainSpec("Rogue", null, null,
                    List.of(new DomainSpec.SiteSpec("rogue.localhost", 80, false)))), "creating domains");
            assertThrows(AccessDenied.class, () -> audit.recent(10), "the audit log is for head office");
        });
        List<AccessRefusal> refusals = as("admin", HEAD, () -> audit.recent(50));
        Set<String> north = refusals.stream().filter(r -> "north".equals(r.getUsername()))
                .map(r -> r.getEntity() + ":" + r.getAction()).collect(Collectors.toSet());
        assertTrue(north.containsAll(Set.of("GroupNesting:create", "GroupOrganization:create", "UserRole:create", "Domain:create",
                "AccessRefusal:get")), north.toString());
        assertTrue(refusals.stream().allMatch(r -> r.getOccurredDate() != null && r.getReason() != null));
    }

    @Test
    void b2b_bothWaysOfReadingTheIndexSeeTheSameContacts() {
        long north = domain(NORTH);
        Set<String> narrow = visibleSortNames("north", NORTH);
        long narrowCount = as("north", NORTH, () -> em.createQuery("SELECT COUNT(e) FROM Email e", Long.class).getSingleResult());
        try {
            ViewerBreadthProbe.markWide(north);
            assertEquals(narrow, visibleSortNames("north", NORTH), "probing row by row finds the same contacts");
            assertEquals(narrowCount, (long) as("north", NORTH, () -> em.createQuery("SELECT COUNT(e) FROM Email e", Long.class)
                    .getSingleResult()), "and the same rows hanging off them (a column named contact_id)");
        } finally {
            ViewerBreadthProbe.markWide();
        }
        assertFalse(narrow.contains("Southey, Sara"));
    }

    @Test
    void b3_aUserWithNoRoleOnADomainHasNoAccessThere() {
        assertTrue(as("north", NORTH, () -> Caller.require().has(Permission.ACCESS_CIVICRM)));
        assertFalse(as("north", SOUTH, () -> Caller.require().has(Permission.ACCESS_CIVICRM)));
        assertTrue(visibleSortNames("north", SOUTH).isEmpty() || visibleSortNames("north", SOUTH).equals(Set.of("Manager, Nina")));
    }

    @Test
    void b4_signInLocksAfterRepeatedFailures() {
        system(() -> users.create("throttled", "correct-horse".toCharArray()));
        for (int i = 0; i < UserService.FAILURES_BEFORE_LOCK; i++) {
            assertThrows(NotAuthenticated.class, () -> users.signIn("throttled", "wrong".toCharArray()));
        }
        NotAuthenticated locked = assertThrows(NotAuthenticated.class, () -> users.signIn("throttled", "correct-horse".toCharArray()));
        assertTrue(locked.getMessage().contains("Too many"), locked.getMessage());
        assertThrows(NotAuthenticated.class, () -> users.signIn("nobody", "x".toCharArray()));
    }

    @Test
    void b5_apiKeysAreStoredAsDigestsAndRevocable() {
        UserAccount north = system(() -> users.findByUsername("north").orElseThrow());
        IssuedApiKey key = as("north", NORTH, () -> users.issueApiKey(north.getId(), "test"));
        assertEquals("north", system(() -> users.findByApiKey(key.key()).orElseThrow().getUsername()));
        long stored = system(() -> em.createQuery("SELECT COUNT(k) FROM ApiKey k WHERE k.keyHash = :k", Long.class)
                .setParameter("k", key.key()).getSingleResult());
        assertEquals(0, stored, "the plain key is never stored");
        asDo("north", NORTH, () -> users.revokeApiKey(key.id()));
        assertTrue(system(() -> users.findByApiKey(key.key())).isEmpty());
    }
}
