package org.multisitecrm.tenancy.scoping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import org.multisitecrm.campaign.Campaign;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.event.Event;
import org.multisitecrm.event.Participant;
import org.multisitecrm.branding.DomainBranding;
import org.multisitecrm.dashboard.Dashboard;
import org.multisitecrm.report.ReportInstance;
import org.multisitecrm.security.Caller;
import org.multisitecrm.status.StatusPreference;
import org.multisitecrm.security.UFMatch;
import org.multisitecrm.contributionpage.ContributionPage;
import org.multisitecrm.contributionpage.MembershipBlock;
import org.multisitecrm.job.Job;
import org.multisitecrm.job.JobHandler;
import org.multisitecrm.job.JobLog;
import org.multisitecrm.job.RunFrequency;
import org.multisitecrm.membership.Membership;
import org.multisitecrm.membership.MembershipPeriod;
import org.multisitecrm.membership.MembershipType;
import org.multisitecrm.tenancy.DomainScope;
import org.multisitecrm.navigation.Navigation;
import org.multisitecrm.option.OptionGroup;
import org.multisitecrm.option.OptionValue;
import org.multisitecrm.payment.PaymentProcessor;
import org.multisitecrm.payment.PaymentProcessorType;
import org.multisitecrm.setting.Setting;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.mailing.Mailing;
import org.multisitecrm.mailing.MailingBounce;
import org.multisitecrm.mailing.MailingDelivered;
import org.multisitecrm.mailing.MailingGroup;
import org.multisitecrm.mailing.MailingJob;
import org.multisitecrm.mailing.MailingQueueItem;
import org.multisitecrm.mailing.MailingRecipient;
import org.multisitecrm.mailing.MailingUnsubscribe;
import org.multisitecrm.mailing.MailingClick;
import org.multisitecrm.mailing.MailingOpened;
import org.multisitecrm.mailing.MailingTrackableUrl;
import org.multisitecrm.sms.SmsProvider;
import org.multisitecrm.dashboard.DashboardContact;
import org.multisitecrm.security.UserRole;
import org.multisitecrm.order.MembershipPayment;
import java.util.function.Function;

import java.util.List;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Every path to a row that application code could take, one transaction per call, for any scoped
 * entity. Deployed with the in-container test only; it never sets a domain itself.
 */
@ApplicationScoped
@Transactional
public class ScopingProbe {

    /** The attribute each entity's update paths change. */
    static final Map<String, String> TEXT_FIELD = Map.ofEntries(
            Map.entry("MembershipType", "description"), Map.entry("PaymentProcessor", "title"), Map.entry("Navigation", "label"),
            Map.entry("Setting", "value"), Map.entry("OptionGroup", "title"), Map.entry("OptionValue", "label"),
            Map.entry("Membership", "source"), Map.entry("Job", "description"), Map.entry("JobLog", "data"), Map.entry("UFMatch", "ufName"),
            Map.entry("ContributionPage", "title"), Map.entry("MembershipBlock", "membershipTypes"), Map.entry("Campaign", "title"),
            Map.entry("Event", "title"), Map.entry("Participant", "source"), Map.entry("StatusPreference", "checkInfo"),
            Map.entry("ReportInstance", "title"), Map.entry("Dashboard", "label"),
            Map.entry("DomainBranding", "header"), Map.entry("Mailing", "name"), Map.entry("MailingGroup", "entityTable"),
            Map.entry("MailingJob", "jobType"), Map.entry("MailingRecipient", "emailId"), Map.entry("MailingQueueItem", "email"),
            Map.entry("MailingDelivered", "timeStamp"), Map.entry("MailingBounce", "bounceReason"),
            Map.entry("MailingUnsubscribe", "orgUnsubscribe"), Map.entry("SmsProvider", "title"),
            Map.entry("MailingTrackableUrl", "url"), Map.entry("MailingClick", "timeStamp"), Map.entry("MailingOpened", "timeStamp"),
            Map.entry("DashboardContact", "columnNo"), Map.entry("UserRole", "roleId"), Map.entry("MembershipPayment", "contactId"));
    /**
     * What an update path writes into a field that is not text, for any text asked (an id may only become
     * null, a time a fixed one, a flag true): enough to see whether a path reached the row.
     */
    private static final Map<String, Function<String, Object>> NOT_TEXT = Map.of(
            "MailingRecipient", text -> null,
            "MailingDelivered", text -> LocalDateTime.of(2000, 1, 1, 0, 0),
            "MailingClick", text -> LocalDateTime.of(2000, 1, 1, 0, 0),
            "MailingOpened", text -> LocalDateTime.of(2000, 1, 1, 0, 0),
            "DashboardContact", text -> 7,
            "UserRole", text -> 3L,
            "MembershipPayment", text -> 1L,
            "MailingUnsubscribe", text -> Boolean.TRUE);
    static final Map<String, Class<? extends SeparableEntity>> TYPES = Map.ofEntries(
            Map.entry("MembershipType", MembershipType.class), Map.entry("PaymentProcessor", PaymentProcessor.class),
            Map.entry("Navigation", Navigation.class), Map.entry("Setting", Setting.class), Map.entry("OptionGroup", OptionGroup.class),
            Map.entry("OptionValue", OptionValue.class), Map.entry("Membership", Membership.class), Map.entry("Job", Job.class),
            Map.entry("JobLog", JobLog.class), Map.entry("UFMatch", UFMatch.class), Map.entry("ContributionPage", ContributionPage.class),
            Map.entry("MembershipBlock", MembershipBlock.class), Map.entry("Campaign", Campaign.class), Map.entry("Event", Event.class),
            Map.entry("Participant", Participant.class), Map.entry("StatusPreference", StatusPreference.class),
            Map.entry("ReportInstance", ReportInstance.class), Map.entry("Dashboard", Dashboard.class),
            Map.entry("DomainBranding", DomainBranding.class), Map.entry("Mailing", Mailing.class),
            Map.entry("MailingGroup", MailingGroup.class), Map.entry("MailingJob", MailingJob.class),
            Map.entry("MailingRecipient", MailingRecipient.class), Map.entry("MailingQueueItem", MailingQueueItem.class),
            Map.entry("MailingDelivered", MailingDelivered.class), Map.entry("MailingBounce", MailingBounce.class),
            Map.entry("MailingUnsubscribe", MailingUnsubscribe.class), Map.entry("SmsProvider", SmsProvider.class),
            Map.entry("MailingTrackableUrl", MailingTrackableUrl.class), Map.entry("MailingClick", MailingClick.class),
            Map.entry("MailingOpened", MailingOpened.class), Map.entry("DashboardContact", DashboardContact.class),
            Map.entry("UserRole", UserRole.class), Map.entry("MembershipPayment", MembershipPayment.class));

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    public long create(String entity, String name, Long ownerDomainId) {
        SeparableEntity row = newRow(entity, name);
        row.assignToDomain(ownerDomainId);
        em.persist(row);
        em.flush();
        return ((Number) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(row)).longValue();
    }

    private SeparableEntity newRow(String entity, String name) {
        return switch (entity) {
            case "MembershipType" -> {
                Contact owner = Caller.system("a membership type's owner").call(() -> em.createQuery(
                        "SELECT c FROM Contact c ORDER BY c.id", Contact.class).setMaxResults(1).getSingleResult());
                MembershipType type = new MembershipType(name, owner, org.multisitecrm.membership.DurationUnit.year, 1, org.multisitecrm.membership.PeriodType.rolling);
                type.setDescription("original");
                yield type;
            }
            case "PaymentProcessor" -> new PaymentProcessor(name, "original", em.find(PaymentProcessorType.class, 1L), false);
            case "Navigation" -> new Navigation(name, "original", "civicrm/probe", null, null, 50);
            case "Setting" -> new Setting(name, "original");
            case "Job" -> {
                Job job = new Job(new JobHandler.Template(name, "original", RunFrequency.Daily, false), "Probe", name);
                job.setDescription("original");
                yield job;
            }
            case "JobLog" -> new JobLog(new Job(new JobHandler.Template(name, null, RunFrequency.Daily, false), "Probe", name),
                    LocalDateTime.now(), name, "original");
            case "Membership" -> {
                Long[] contactAndType = Caller.system("a membership's contact and type").call(() -> DomainScope.allDomains("probe").call(
                        () -> new Long[] {em.createQuery("SELECT c.id FROM Contact c ORDER BY c.id", Long.class).setMaxResults(1).getSingleResult(),
                                em.createQuery("SELECT t.id FROM MembershipType t ORDER BY t.id", Long.class).setMaxResults(1).getSingleResult()}));
                Membership membership = new Membership(contactAndType[0], contactAndType[1],
                        new MembershipPeriod(LocalDate.now(), LocalDate.now(), null), 2L);
                membership.setSource("original");
                yield membership;
            }
            case "UFMatch" -> {
                // a login and a contact not yet matched on the bound domain (both are unique per domain)
                Long[] userAndContact = Caller.system("a match's login and contact").call(() -> new Long[] {
                        em.createQuery("SELECT u.id FROM UserAccount u ORDER BY u.id", Long.class).setMaxResults(1).getSingleResult(),
                        em.createQuery("SELECT c.id FROM Contact c WHERE c.id NOT IN (SELECT m.contactId FROM UFMatch m) ORDER BY c.id",
                                Long.class).setMaxResults(1).getSingleResult()});
                yield new UFMatch(userAndContact[0], name, userAndContact[1]);
            }
            case "ContributionPage" -> new ContributionPage(name, "original", 1L);
            case "MembershipBlock" -> {
                // a block hangs off a page of its own domain
                ContributionPage page = new ContributionPage(name, "a page for a block", 1L);
                em.persist(page);
                em.flush();
                yield new MembershipBlock(page.getId(), "original");
            }
            case "OptionGroup" -> new OptionGroup(name, "original");
            case "Campaign" -> new Campaign(name, "original");
            case "ReportInstance" -> new ReportInstance(name, "original", "contact/summary");
            case "Dashboard" -> new Dashboard(name, "original", "access CiviCRM");
            case "DomainBranding" -> {
                // one branding per domain: the demo's row of the bound domain makes way for the probe's
                em.createQuery("DELETE FROM DomainBranding b").executeUpdate();
                yield new DomainBranding("original");
            }
            case "StatusPreference" -> {
                StatusPreference preference = new StatusPreference(name, 3);
                preference.setCheckInfo("original");
                yield preference;
            }
            case "Event" -> new Event("original");
            case "Participant" -> {
                // a registration is for an event of its own domain
                Event event = new Event("an event for a registration");
                em.persist(event);
                em.flush();
                long contactId = Caller.system("a registration's contact").call(() -> em.createQuery(
                        "SELECT c.id FROM Contact c ORDER BY c.id", Long.class).setMaxResults(1).getSingleResult());
                Participant participant = new Participant(contactId, event.getId());
                participant.setSource("original");
                yield participant;
            }
            case "OptionValue" -> new OptionValue(globalGroup("individual_prefix"), "original", name, name, 50);
            case "Mailing" -> new Mailing("original");
            case "DashboardContact" -> new DashboardContact(persisted(new Dashboard(name, "a dashlet for a layout", "access CiviCRM")).getId(),
                    firstContact(), 1, 1);
            case "UserRole" -> new UserRole(Caller.system("a grant's login").call(() -> em.createQuery(
                    "SELECT u.id FROM UserAccount u ORDER BY u.id", Long.class).setMaxResults(1).getSingleResult()), 2L);
            case "MembershipPayment" -> {
                Long[] membershipAndContribution = Caller.system("a payment's membership and contribution").call(() -> DomainScope
                        .allDomains("probe").call(() -> new Long[] {
                                em.createQuery("SELECT m.id FROM Membership m ORDER BY m.id", Long.class).setMaxResults(1).getSingleResult(),
                                em.createQuery("SELECT c.id FROM Contribution c ORDER BY c.id", Long.class).setMaxResults(1).getSingleResult()}));
                yield new MembershipPayment(membershipAndContribution[0], membershipAndContribution[1], firstContact());
            }
            case "MailingTrackableUrl" -> new MailingTrackableUrl(parentMailing(name), "original");
            case "MailingClick" -> {
                MailingQueueItem item = persisted(parentQueueItem(name, name));
                yield new MailingClick(item.getId(), persisted(new MailingTrackableUrl(item.getMailingId(), name)).getId(), LocalDateTime.now());
            }
            case "MailingOpened" -> new MailingOpened(persisted(parentQueueItem(name, name)).getId(), LocalDateTime.now());
            case "SmsProvider" -> new SmsProvider(name, "original", 1L, "http://127.0.0.1:9/send");
            case "MailingGroup" -> new MailingGroup(parentMailing(name), org.multisitecrm.mailing.MailingGroupType.Include, MailingGroup.GROUP_TABLE, 1L);
            case "MailingJob" -> {
                MailingJob job = new MailingJob(parentMailing(name), LocalDateTime.now(), false);
                yield job;
            }
            case "MailingRecipient" -> {
                Long[] contactAndEmail = someEmail();
                yield new MailingRecipient(parentMailing(name), contactAndEmail[0], contactAndEmail[1]);
            }
            case "MailingQueueItem" -> parentQueueItem(name, "original");
            case "MailingDelivered" -> new MailingDelivered(persisted(parentQueueItem(name, name)).getId(), LocalDateTime.now());
            case "MailingBounce" -> new MailingBounce(persisted(parentQueueItem(name, name)).getId(), LocalDateTime.now(), "original");
            case "MailingUnsubscribe" -> new MailingUnsubscribe(persisted(parentQueueItem(name, name)).getId(), LocalDateTime.now(), false);
            default -> throw new IllegalArgumentException(entity);
        };
    }

    /** A mailing of the bound domain for a child row to hang off (their foreign keys need one). */
    private long parentMailing(String name) {
        return persisted(new Mailing("parent of " + name)).getId();
    }

    private MailingQueueItem parentQueueItem(String name, String email) {
        long mailing = parentMailing(name);
        long job = persisted(new MailingJob(mailing, LocalDateTime.now(), false)).getId();
        return new MailingQueueItem(job, mailing, someEmail()[0], null, email, "probe-hash");
    }

    private long firstContact() {
        return Caller.system("a contact to point at").call(() -> em.createQuery("SELECT c.id FROM Contact c ORDER BY c.id", Long.class)
                .setMaxResults(1).getSingleResult());
    }

    private Long[] someEmail() {
        return Caller.system("a recipient's contact and email").call(() -> em.createQuery(
                "SELECT e.contactId, e.id FROM Email e ORDER BY e.id", Object[].class).setMaxResults(1).getResultStream()
                .map(row -> new Long[] {(Long) row[0], (Long) row[1]}).findFirst().orElseThrow());
    }

    private <T extends SeparableEntity> T persisted(T row) {
        em.persist(row);
        em.flush();
        return row;
    }

    public OptionGroup globalGroup(String name) {
        return em.createQuery("SELECT g FROM OptionGroup g WHERE g.name = :n AND g.domainId IS NULL", OptionGroup.class)
                .setParameter("n", name).getSingleResult();
    }

    public long globalValueId(String group, String label) {
        return em.createQuery("SELECT v.id FROM OptionValue v WHERE v.optionGroup.name = :g AND v.label = :l", Long.class)
                .setParameter("g", group).setParameter("l", label).getSingleResult();
    }

    public long domainId(String name) {
        return em.createQuery("SELECT d.id FROM Domain d WHERE d.name = :n", Long.class).setParameter("n", name).getSingleResult();
    }

    public boolean exists(String entity, long id) {
        return em.find(TYPES.get(entity), id) != null;
    }

    public Long ownerOf(String entity, long id) {
        return em.find(TYPES.get(entity), id).getDomainId();
    }

    public String text(String entity, long id) {
        return em.createQuery("SELECT e." + TEXT_FIELD.get(entity) + " FROM " + entity + " e WHERE e.id = :id", Object.class)
                .setParameter("id", id).getResultList().stream().findFirst().map(String::valueOf).orElse(null);
    }

    public List<Long> idsByJpql(String entity) {
        return em.createQuery("SELECT e.id FROM " + entity + " e", Long.class).getResultList();
    }

    public List<Long> idsByCriteria(String entity) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<? extends SeparableEntity> root = query.from(TYPES.get(entity));
        return em.createQuery(query.select(root.get("id"))).getResultList();
    }

    public long count(String entity) {
        return em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class).getSingleResult();
    }

    public int bulkUpdate(String entity, long id, String text) {
        return em.createQuery("UPDATE " + entity + " e SET e." + TEXT_FIELD.get(entity) + " = :t WHERE e.id = :id")
                .setParameter("t", NOT_TEXT.getOrDefault(entity, t -> t).apply(text)).setParameter("id", id).executeUpdate();
    }

    /** Touches every row the scope reaches, changing nothing: the count is what a bulk update would hit. */
    public int bulkTouchAll(String entity) {
        String field = TEXT_FIELD.get(entity);
        return em.createQuery("UPDATE " + entity + " e SET e." + field + " = e." + field).executeUpdate();
    }

    public int bulkDelete(String entity, long id) {
        return em.createQuery("DELETE FROM " + entity + " e WHERE e.id = :id").setParameter("id", id).executeUpdate();
    }

    /** Finds the row and changes its text in memory; false when find sees no such row. */
    public boolean findAndChange(String entity, long id, String text) {
        SeparableEntity row = em.find(TYPES.get(entity), id);
        if (row == null) {
            return false;
        }
        if (row instanceof MembershipType t) {
            t.setDescription(text);
        } else if (row instanceof PaymentProcessor p) {
            p.setTitle(text);
        } else if (row instanceof Navigation n) {
            n.setLabel(text);
        } else if (row instanceof Setting s) {
            s.setValue(text);
        } else if (row instanceof OptionGroup g) {
            g.setTitle(text);
        } else if (row instanceof Job j) {
            j.setDescription(text);
        } else if (row instanceof JobLog l) {
            l.setData(text);
        } else if (row instanceof Membership m) {
            m.setSource(text);
        } else if (row instanceof OptionValue v) {
            v.setLabel(text);
        } else if (row instanceof Campaign c) {
            c.setTitle(text);
        } else if (row instanceof Event e) {
            e.setTitle(text);
        } else if (row instanceof Participant p) {
            p.setSource(text);
        } else if (row instanceof DomainBranding b) {
            b.setHeader(text);
        } else if (row instanceof Dashboard d) {
            d.setLabel(text);
        } else if (row instanceof ReportInstance r) {
            r.setTitle(text);
        } else if (row instanceof StatusPreference p) {
            p.setCheckInfo(text);
        }
        return true;
    }

    public boolean findAndRemove(String entity, long id) {
        SeparableEntity row = em.find(TYPES.get(entity), id);
        if (row == null) {
            return false;
        }
        em.remove(row);
        return true;
    }

    public SeparableEntity detachedCopy(String entity, long id) {
        SeparableEntity row = em.find(TYPES.get(entity), id);
        em.detach(row);
        return row;
    }

    public void merge(SeparableEntity detached) {
        em.merge(detached);
        em.flush();
    }

    public Object nativeSql() {
        return em.createNativeQuery("SELECT COUNT(*) FROM civicrm_membership_type").getSingleResult();
    }
}
