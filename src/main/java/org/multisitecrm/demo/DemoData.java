package org.multisitecrm.demo;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.security.DomainWork;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.branding.DomainBranding;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.contact.ContactName;
import org.multisitecrm.contact.ContactService;
import org.multisitecrm.contact.ContactType;
import org.multisitecrm.group.GroupService;
import org.multisitecrm.administration.RoleGrants;
import org.multisitecrm.security.UserAccount;
import org.multisitecrm.security.UserService;
import org.multisitecrm.contribution.ContributionService;
import org.multisitecrm.contribution.ContributionSpec;
import org.multisitecrm.membership.DurationUnit;
import org.multisitecrm.membership.MembershipService;
import org.multisitecrm.membership.MembershipSpec;
import org.multisitecrm.membership.MembershipType;
import org.multisitecrm.membership.PeriodType;
import org.multisitecrm.option.OptionGroup;
import org.multisitecrm.option.OptionValue;
import org.multisitecrm.payment.PaymentProcessor;
import org.multisitecrm.payment.PaymentProcessorType;
import org.multisitecrm.tenancy.Domain;
import org.multisitecrm.administration.DomainService;
import org.multisitecrm.administration.DomainSpec;
import org.multisitecrm.administration.DomainSpec.SiteSpec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Loads the demo through the same services an administrator uses: Head Office with Branch North and
 * Branch South, people created on each site (one shared by both branches), and the users admin, north
 * and south, and North's staff member clerk (password = username, API key {@code <username>-demo-key}).
 */
@ApplicationScoped
public class DemoData {

    public static final String HEAD_OFFICE = "Head Office";
    public static final String NORTH = "Branch North";
    public static final String SOUTH = "Branch South";
    /** CiviCRM's Donation financial type. */
    private static final long DONATION = 1L;

    @Inject
    private DomainService domains;

    @Inject
    private ContactService contacts;

    @Inject
    private GroupService groups;

    @Inject
    private UserService users;

    @Inject
    private RoleGrants roles;

    @Inject
    private MembershipService memberships;

    @Inject
    private ContributionService contributions;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Transactional
    public void load() {
        Domain head = domains.create(new DomainSpec(HEAD_OFFICE, "The head office, which oversees every branch", null,
                List.of(new SiteSpec("localhost", 80, true))));
        Domain north = domains.create(new DomainSpec(NORTH, "The northern branch", head.getId(),
                List.of(new SiteSpec("north.localhost", 80, false))));
        Domain south = domains.create(new DomainSpec(SOUTH, "The southern branch", head.getId(),
                List.of(new SiteSpec("south.localhost", 80, false))));

        equip(head, "Supporter", "info@headoffice.example", new BigDecimal("60.00"));
        equip(north, "North Member", "north@branches.example", new BigDecimal("25.00"));
        equip(south, "South Member", "south@branches.example", new BigDecimal("20.00"));

        long nora = person(north, "Nora", "Northcott", "nora@example.org");
        person(north, "Ned", "Nyberg", null);
        long sara = person(south, "Sara", "Southey", "sara@example.org");
        person(south, "Sam", "Sandoval", null);
        long harriet = person(head, "Harriet", "Hale", "harriet@headoffice.example");
        long shared = person(north, "Shona", "Sharp", "shona@example.org");
        DomainWork.run(south.getId(), "demo data", () -> groups.addToDomainGroup(shared));

        LocalDate today = LocalDate.now();
        member(north, nora, today.minusMonths(5));
        member(north, shared, today.minusMonths(1));
        member(south, sara, today.minusYears(1).minusDays(10));
        member(head, harriet, today.minusMonths(6));
        gift(north, shared, "25.00", MembershipType.MEMBER_DUES, "North membership dues");
        gift(south, shared, "10.00", DONATION, "South appeal");
        gift(north, nora, "50.00", DONATION, "North appeal");

        long adminContact = person(head, "Ada", "Admin", "admin@headoffice.example");
        user("admin", adminContact, "administrator", head, north, south);
        user("north", person(north, "Nina", "Manager", "nina@branches.example"), "branch_manager", north);
        user("south", person(south, "Stan", "Manager", "stan@branches.example"), "branch_manager", south);
        user("clerk", person(north, "Clara", "Clerk", "clara@branches.example"), "staff", north);
    }

    /** A person created on a domain, as a user of that site would (hard-added to its domain group). */
    private long person(Domain domain, String first, String last, String email) {
        return DomainWork.call(domain.getId(), "demo data", () -> {
            Contact contact = contacts.create(ContactType.Individual, new ContactName(first, last, null));
            if (email != null) {
                contacts.addEmail(contact.getId(), 1, email, true);
            }
            return contact.getId();
        });
    }

    /** A membership of the domain's own type, joined on the given day; dates and status computed. */
    private void member(Domain domain, long contactId, LocalDate joined) {
        DomainWork.run(domain.getId(), "demo data", () -> {
            long type = em.createQuery("SELECT t.id FROM MembershipType t", Long.class).getSingleResult();
            memberships.create(MembershipSpec.of(contactId, type, joined));
        });
    }

    /** A completed contribution recorded on a domain, in its default currency. */
    private void gift(Domain domain, long contactId, String amount, long financialType, String source) {
        DomainWork.run(domain.getId(), "demo data", () -> contributions.create(new ContributionSpec(contactId, financialType, 1L,
                LocalDateTime.now().minusDays(3), new BigDecimal(amount), null, null, null, null, null, null, source, null, false, false)));
    }

    /** A demo login: password = username, API key {@code <username>-demo-key}, a role on each domain given. */
    private void user(String username, long contactId, String role, Domain... domains) {
        UserAccount account = users.create(username, username.toCharArray());
        users.registerApiKey(account.getId(), username + "-demo-key", "demo key");
        for (Domain domain : domains) {
            roles.grant(account.getId(), domain.getId(), role);
            roles.match(account.getId(), domain.getId(), contactId);
        }
    }

    /** A domain's own membership type, test payment processor, from-address and header line, in its scope. */
    private void equip(Domain domain, String membershipType, String fromAddress, BigDecimal fee) {
        DomainWork.run(domain.getId(), "demo data", () -> {
            MembershipType type = new MembershipType(membershipType, domain.getContact(), DurationUnit.year, 1, PeriodType.rolling);
            type.setMinimumFee(fee);
            type.setDescription("Annual membership of " + domain.getName());
            em.persist(type);

            PaymentProcessorType dummy = em.createQuery(
                    "SELECT t FROM PaymentProcessorType t WHERE t.name = 'Dummy'", PaymentProcessorType.class).getSingleResult();
            PaymentProcessor processor = new PaymentProcessor("Dummy", domain.getName() + " test payments", dummy, true);
            processor.setDefault(true);
            em.persist(processor);

            OptionGroup fromAddresses = em.createQuery(
                    "SELECT g FROM OptionGroup g WHERE g.name = 'from_email_address'", OptionGroup.class).getSingleResult();
            String label = "\"" + domain.getName() + "\" <" + fromAddress + ">";
            OptionValue from = new OptionValue(fromAddresses, label, "1", label, 1);
            from.setDefault(true);
            em.persist(from);
            em.persist(new DomainBranding(domain.getDescription()));
            em.flush();
        });
    }
}
