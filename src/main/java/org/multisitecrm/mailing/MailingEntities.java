package org.multisitecrm.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;
import org.multisitecrm.security.Permission;
import org.multisitecrm.security.Requirement;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;
import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * CiviMail's entities with CiviCRM's APIv4 names, every one the domain's own: mailings and their groups,
 * written with 'access CiviMail'; the sending jobs, recipients, queue and events, which only the server
 * writes. A queue row's hash (which signs the recipient's links) and address copy are never fields.
 */
@ApplicationScoped
public class MailingEntities implements EntityContributor {

    private static final Requirement CIVIMAIL = Requirement.permission(Permission.ACCESS_CIVIMAIL);

    @Inject
    private MailingRecordWriter writer;

    @Inject
    private MailingGroupRules groupRules;

    @Inject
    private MailingService mailings;

    @Inject
    private MailingStats stats;

    @Override
    public List<EntityDefinition> entities() {
        return List.of(
                entity("Mailing", Mailing.class, "A domain's mailings: what is sent, from which of its addresses, and where it stands.")
                        .fields("id", "name", "subject", "from_name", "from_email", "replyto_email", "body_text", "body_html",
                                "url_tracking", "open_tracking", "dedupe_email", "sms_provider_id", "scheduled_date", "scheduled_id", "is_completed",
                                "status", "approval_status_id", "approver_id", "approval_date", "approval_note", "campaign_id", "created_id",
                                "created_date")
                        .readOnly("scheduled_id", "is_completed", "status", "created_id", "created_date", "approval_status_id", "approver_id",
                                "approval_date", "approval_note")
                        .optionsFrom("approval_status_id", "mail_approval_status").foreignKey("approver_id", "Contact")
                        .foreignKey("scheduled_id", "Contact").foreignKey("created_id", "Contact").foreignKey("campaign_id", "Campaign")
                        .foreignKey("sms_provider_id", "SmsProvider")
                        .offeredAsOptions()
                        .writtenBy(writer, CIVIMAIL)
                        .action("send_test", CIVIMAIL, this::sendTest, "test_email")
                        .action("pause", CIVIMAIL, (e, id, p) -> status(id, mailings.change(id, MailingStatus.Paused)))
                        .action("resume", CIVIMAIL, (e, id, p) -> status(id, mailings.change(id, MailingStatus.Running)))
                        .action("cancel", CIVIMAIL, (e, id, p) -> status(id, mailings.change(id, MailingStatus.Canceled)))
                        .action("stats", CIVIMAIL, (e, id, p) -> stats.of(id))
                        .action("approve", Requirement.permission(Permission.APPROVE_MAILINGS), this::approve, "approval_status", "approval_note"),
                entity("MailingGroup", MailingGroup.class, "The groups and earlier mailings a mailing includes or excludes.")
                        .fields("id", "mailing_id", "group_type", "entity_table", "entity_id")
                        .foreignKey("mailing_id", "Mailing")
                        .checkedBy(groupRules)
                        .writtenDirectly(CIVIMAIL),
                entity("MailingJob", MailingJob.class, "Each sending of a mailing: the scheduled one and test sends.")
                        .fields("id", "mailing_id", "scheduled_date", "start_date", "end_date", "status", "is_test", "job_type")
                        .foreignKey("mailing_id", "Mailing"),
                entity("MailingRecipients", MailingRecipient.class, "Who a mailing goes to, fixed when it was scheduled.")
                        .fields("id", "mailing_id", "contact_id", "email_id")
                        .foreignKey("mailing_id", "Mailing").foreignKey("contact_id", "Contact").foreignKey("email_id", "Email"),
                entity("MailingEventQueue", MailingQueueItem.class, "Each message of a sending, and where its delivery stands.")
                        .fields("id", "job_id", "mailing_id", "contact_id", "email_id", "delivery_status", "attempts", "next_attempt_date",
                                "last_error")
                        .foreignKey("job_id", "MailingJob").foreignKey("mailing_id", "Mailing").foreignKey("contact_id", "Contact")
                        .foreignKey("email_id", "Email"),
                entity("MailingEventDelivered", MailingDelivered.class, "Messages the domain's mail server took.")
                        .fields("id", "event_queue_id", "time_stamp").foreignKey("event_queue_id", "MailingEventQueue"),
                entity("MailingEventBounce", MailingBounce.class, "Messages that could not be delivered, with the server's reason.")
                        .fields("id", "event_queue_id", "bounce_type_id", "bounce_reason", "time_stamp")
                        .foreignKey("event_queue_id", "MailingEventQueue"),
                entity("MailingEventUnsubscribe", MailingUnsubscribe.class, "Recipients who unsubscribed or opted out through a mailing.")
                        .fields("id", "event_queue_id", "org_unsubscribe", "time_stamp").foreignKey("event_queue_id", "MailingEventQueue"),
                entity("MailingTrackableURL", MailingTrackableUrl.class, "The links of a mailing whose clicks are counted.")
                        .fields("id", "url", "mailing_id").foreignKey("mailing_id", "Mailing"),
                entity("MailingEventTrackableURLOpen", MailingClick.class, "Clicks of recipients on a mailing's tracked links.")
                        .fields("id", "event_queue_id", "trackable_url_id", "time_stamp").foreignKey("event_queue_id", "MailingEventQueue")
                        .foreignKey("trackable_url_id", "MailingTrackableURL"),
                entity("MailingEventOpened", MailingOpened.class, "Opens of a mailing's messages, as its tracking image was loaded.")
                        .fields("id", "event_queue_id", "time_stamp").foreignKey("event_queue_id", "MailingEventQueue"));
    }

    private JsonObject sendTest(CatalogEntity entity, long id, JsonObject params) {
        String addresses = params.get("test_email") instanceof JsonString s ? s.getString() : null;
        var sent = JSON.createObjectBuilder();
        mailings.sendTest(id, addresses).forEach(sent::add);
        return JSON.createObjectBuilder().add("id", id).add("test_email", sent).build();
    }

    /** {@code approval_status} Approved or Rejected, with an optional {@code approval_note}. */
    private JsonObject approve(CatalogEntity entity, long id, JsonObject params) {
        String decision = params.get("approval_status") instanceof JsonString s ? s.getString() : "";
        if (!decision.equals("Approved") && !decision.equals("Rejected")) {
            throw new org.multisitecrm.infrastructure.validation.InvalidInput("approval_status", "Approved or Rejected, not '" + decision + "'");
        }
        String note = params.get("approval_note") instanceof JsonString s ? s.getString() : null;
        return status(id, mailings.decide(id, decision.equals("Approved"), note));
    }

    private static JsonObject status(long id, MailingStatus status) {
        return JSON.createObjectBuilder().add("id", id).add("status", status.name()).build();
    }
}
