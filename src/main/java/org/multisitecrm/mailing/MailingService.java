package org.multisitecrm.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.infrastructure.validation.Conflict;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.setting.EffectiveSettings;
import org.multisitecrm.tenancy.DomainScope;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A domain's mailings through their life: written while Draft (from one of the domain's from addresses,
 * its default when none is named); scheduled by setting {@code scheduled_date}, as in CiviCRM, which
 * checks the mailing can go out, fixes its recipients and queues its sending job; paused, resumed and
 * cancelled; sent as a test to chosen addresses. Once scheduled, its content and recipients stay as sent.
 */
@ApplicationScoped
public class MailingService {

    static final String SCHEDULED_DATE = "scheduled_date";

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private EntityCatalog catalog;

    @Inject
    private FromAddresses fromAddresses;

    @Inject
    private RecipientResolver recipients;

    @Inject
    private EffectiveSettings settings;

    @Inject
    private MailingRecords records;

    @Inject
    private MailingDelivery delivery;

    @Inject
    private SendingDomains sendingDomains;

    @Inject
    private org.multisitecrm.sms.SmsGateways smsGateways;

    @Inject
    private org.multisitecrm.catalog.CatalogReads reads;

    @Transactional
    public long create(RecordValues values) {
        Mailing mailing = new Mailing();
        catalog.applyFields(mailing, values.without(Set.of(SCHEDULED_DATE)));
        chooseFrom(mailing, values);
        mailing.created(Caller.require().contactId().orElse(null), LocalDateTime.now(), MailingRecords.newHash().substring(0, 16));
        em.persist(mailing);
        em.flush();
        if (values.get(SCHEDULED_DATE) != null) {
            schedule(mailing.getId(), (LocalDateTime) values.get(SCHEDULED_DATE));
        }
        return mailing.getId();
    }

    @Transactional
    public void update(long id, RecordValues values) {
        Mailing mailing = find(id);
        if (values.isEmpty()) {
            return;
        }
        if (mailing.getStatus() != MailingStatus.Draft) {
            throw new Conflict("mailing " + id + " is " + mailing.getStatus() + ": what was scheduled is what is sent;"
                    + " cancel it and write another to change it");
        }
        catalog.applyFields(mailing, values.without(Set.of(SCHEDULED_DATE)));
        if (values.has("from_email") || values.has("from_name")) {
            chooseFrom(mailing, values);
        }
        em.flush();
        if (values.get(SCHEDULED_DATE) != null) {
            schedule(id, (LocalDateTime) values.get(SCHEDULED_DATE));
        }
    }

    @Transactional
    public void delete(long id) {
        Mailing mailing = find(id);
        if (mailing.getStatus() == MailingStatus.Running) {
            throw new Conflict("mailing " + id + " is being sent: pause or cancel it first");
        }
        em.remove(mailing);
    }

    /** Checks it can go out, fixes its recipients and queues its job; the mailing is then Scheduled. */
    private void schedule(long id, LocalDateTime when) {
        Mailing mailing = find(id);
        requireSendable(mailing);
        long groups = em.createQuery("SELECT COUNT(g) FROM MailingGroup g WHERE g.mailingId = :m"
                + " AND g.groupType = org.multisitecrm.mailing.MailingGroupType.Include", Long.class)
                .setParameter("m", id).getSingleResult();
        if (groups == 0) {
            throw new InvalidInput(SCHEDULED_DATE, "mailing " + id + " has no recipients: include a group or an earlier mailing"
                    + " (MailingGroup with group_type Include) before scheduling it");
        }
        recipients.fix(id, mailing.isDedupeEmail(), mailing.isSms());
        mailing = find(id);
        if (mailing.isUrlTracking() && !mailing.isSms()) {
            for (String link : Tracking.links(mailing.getBodyHtml(), mailing.getBodyText())) {
                em.persist(new MailingTrackableUrl(id, link));
            }
        }
        mailing.scheduled(when, Caller.require().contactId().orElse(null));
        if (settings.isTrue(MailSettings.WORKFLOW)) {
            mailing.awaitApproval();
        }
        em.persist(new MailingJob(id, when, false));
        em.flush();
    }

    private void requireSendable(Mailing mailing) {
        if (mailing.isSms()) {
            if (smsGateways.active(mailing.getSmsProviderId()) == null) {
                throw new InvalidInput("sms_provider_id", "no active SMS provider of this domain has id " + mailing.getSmsProviderId());
            }
            if (blank(mailing.getBodyText())) {
                throw new InvalidInput("body_text", "an SMS mailing's message is its body_text");
            }
            return;
        }
        if (blank(mailing.getSubject())) {
            throw new InvalidInput("subject", "a mailing needs a subject before it is scheduled or tested");
        }
        if (blank(mailing.getBodyText()) && blank(mailing.getBodyHtml())) {
            throw new InvalidInput("body_html", "a mailing needs body_html or body_text before it is scheduled or tested");
        }
        if (MailingBackend.of(settings.get(DomainScope.require().domainId(), MailingBackend.SETTING).value()).option()
                == OutboundOption.DISABLED) {
            throw new InvalidInput(SCHEDULED_DATE, "this domain's outbound mail is disabled: set its mailing_backend setting"
                    + " (outBound_option 0 with smtpServer and smtpPort) before sending");
        }
    }

    /**
     * CiviCRM's approval of a scheduled mailing that waits for it: approved, it goes out at its scheduled
     * date; rejected, it is cancelled. Either way the decision, its maker and note are kept.
     */
    @Transactional
    public MailingStatus decide(long id, boolean approve, String note) {
        Mailing mailing = find(id);
        if (mailing.getStatus() != MailingStatus.Scheduled || mailing.getApprovalStatusId() == null
                || mailing.getApprovalStatusId() != Mailing.AWAITING) {
            throw new Conflict("mailing " + id + " is not waiting for approval");
        }
        mailing.decided(approve, Caller.require().contactId().orElse(null), LocalDateTime.now(), note);
        return approve ? MailingStatus.Scheduled : change(id, MailingStatus.Canceled);
    }

    /** Pauses, resumes or cancels the mailing's sending. */
    @Transactional
    public MailingStatus change(long id, MailingStatus wanted) {
        Mailing mailing = find(id);
        MailingStatus now = mailing.getStatus();
        boolean allowed = switch (wanted) {
            case Paused -> now == MailingStatus.Scheduled || now == MailingStatus.Running;
            case Running -> now == MailingStatus.Paused;
            case Canceled -> !now.isOver();
            default -> false;
        };
        if (!allowed) {
            throw new Conflict("mailing " + id + " is " + now + " and cannot be " + (wanted == MailingStatus.Running ? "resumed" : wanted));
        }
        MailingStatus status = wanted == MailingStatus.Running ? resumedStatus(id) : wanted;
        mailing.moveTo(status);
        if (wanted == MailingStatus.Canceled) {
            em.createQuery("SELECT j FROM MailingJob j WHERE j.mailingId = :m AND j.isTest = FALSE", MailingJob.class).setParameter("m", id)
                    .getResultList().stream().filter(j -> !j.getStatus().isOver()).forEach(j -> j.moveTo(MailingStatus.Canceled, LocalDateTime.now()));
        }
        return status;
    }

    private MailingStatus resumedStatus(long id) {
        return em.createQuery("SELECT j.status FROM MailingJob j WHERE j.mailingId = :m AND j.isTest = FALSE", MailingStatus.class)
                .setParameter("m", id).getResultStream().filter(s -> s == MailingStatus.Running).findFirst().orElse(MailingStatus.Scheduled);
    }

    /**
     * Sends the mailing now to each of these addresses, as CiviCRM's test send: each must be the email of a
     * contact the caller sees, whose tokens the message carries. Answers each address's outcome.
     */
    public Map<String, String> sendTest(long id, String addresses) {
        Mailing mailing = find(id);
        if (mailing.isSms()) {
            throw new InvalidInput("test_email", "an SMS mailing has no test send to email addresses");
        }
        requireSendable(mailing);
        List<String> wanted = Arrays.stream(addresses == null ? new String[0] : addresses.split(","))
                .map(a -> a.trim().toLowerCase(Locale.ROOT)).filter(a -> !a.isEmpty()).distinct().toList();
        if (wanted.isEmpty() || wanted.size() > 20) {
            throw new InvalidInput("test_email", "one to 20 addresses, separated by commas");
        }
        List<Object[]> targets = new ArrayList<>();
        for (String address : wanted) {
            Object[] match = em.createQuery("SELECT e.contactId, e.id, e.email FROM Email e, Contact c WHERE c.id = e.contactId"
                            + " AND LOWER(e.email) = :a AND c.isDeleted = FALSE ORDER BY e.isPrimary DESC, e.id", Object[].class)
                    .setParameter("a", address).setMaxResults(1).getResultStream().findFirst()
                    .orElseThrow(() -> new InvalidInput("test_email", "no contact you can see has the address " + address));
            targets.add(match);
        }
        long job = records.testJob(id, targets, LocalDateTime.now());
        MailingBackend backend = MailingBackend.of(settings.get(DomainScope.require().domainId(), MailingBackend.SETTING).value());
        MailingDelivery.Outcome outcome = delivery.deliver(job, backend, 0, 0);
        Map<String, String> result = new LinkedHashMap<>();
        wanted.forEach(a -> result.put(a, outcome.delivered() == targets.size() ? "sent" : "not sent"));
        if (outcome.delivered() < targets.size()) {
            em.createQuery("SELECT q FROM MailingQueueItem q WHERE q.jobId = :j", MailingQueueItem.class).setParameter("j", job)
                    .getResultStream().forEach(q -> result.put(q.getEmail().toLowerCase(Locale.ROOT),
                            q.getDeliveryStatus() == DeliveryStatus.Delivered ? "sent" : "not sent"));
        }
        return result;
    }

    /** The mailing as the caller would receive it: their own contact's tokens, the domain's, links left as "#". */
    public Preview preview(long id) {
        Mailing mailing = find(id);
        Map<String, String> values = new java.util.HashMap<>();
        sendingDomains.current().tokens().forEach((k, v) -> values.put("domain." + k, v));
        values.put("action.unsubscribeUrl", "#");
        values.put("action.optOutUrl", "#");
        values.put("mailing.viewUrl", "#");
        Caller.require().contactId().ifPresent(contactId -> {
            java.util.List<String> fields = new ArrayList<>(MailTokens.contactFields(mailing.getSubject(), mailing.getBodyText(),
                    mailing.getBodyHtml()));
            fields.removeIf(f -> catalog.require("Contact").field(f).filter(org.multisitecrm.catalog.CatalogField::isReadable).isEmpty());
            fields.add("id");
            reads.one("Contact", contactId, fields).forEach((field, value) -> values.put("contact." + field,
                    value instanceof jakarta.json.JsonString text ? text.getString() : value == jakarta.json.JsonValue.NULL ? "" : value.toString()));
        });
        return new Preview(MailTokens.render(mailing.getSubject(), values, false), MailTokens.render(mailing.getBodyHtml(), values, true),
                MailTokens.render(mailing.getBodyText(), values, false));
    }

    /** A mailing's subject and bodies with tokens filled in. */
    public record Preview(String subject, String bodyHtml, String bodyText) {
    }

    private void chooseFrom(Mailing mailing, RecordValues values) {
        String email = mailing.getFromEmail();
        if (blank(email)) {
            FromAddress chosen = fromAddresses.defaultAddress().orElseThrow(() -> new InvalidInput("from_email",
                    "this domain has no default from address: name one of its from_email_address values, or mark one default"));
            mailing.useFrom(blank(mailing.getFromName()) ? chosen.name() : mailing.getFromName(), chosen.email());
            return;
        }
        FromAddress chosen = fromAddresses.byEmail(email).orElseThrow(() -> new InvalidInput("from_email",
                "'" + email + "' is not one of this domain's from addresses (its from_email_address option values)"));
        mailing.useFrom(blank(mailing.getFromName()) ? chosen.name() : mailing.getFromName(), chosen.email());
    }

    private Mailing find(long id) {
        Mailing mailing = em.find(Mailing.class, id);
        if (mailing == null) {
            throw new NotFound("Mailing", id);
        }
        return mailing;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
