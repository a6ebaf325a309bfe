package org.multisitecrm.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.multisitecrm.catalog.CatalogReads;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.mailing.smtp.SmtpConnection;
import org.multisitecrm.mailing.smtp.SmtpException;
import org.multisitecrm.mailing.smtp.SmtpServer;
import org.multisitecrm.sms.SmsException;
import org.multisitecrm.sms.SmsGateways;
import org.multisitecrm.sms.SmsProvider;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * Sends a job's waiting messages through the domain's mail server, each recorded as delivered before the
 * SMTP transaction's final dot: killed at any point, the server resumes where the database says and no
 * recipient gets a message twice. A refused or unreachable attempt is retried after 1, 4 and 16 minutes,
 * then recorded as failed (a bounce with the server's reason); a refusal the server calls permanent (5xx)
 * is not retried. Pausing or cancelling the mailing stops the job between batches.
 */
@ApplicationScoped
public class MailingDelivery {

    static final int MAX_ATTEMPTS = 4;
    private static final int BATCH = 100;

    @Inject
    private MailingRecords records;

    @Inject
    private SendingDomains domains;

    @Inject
    private CatalogReads reads;

    @Inject
    private EntityCatalog catalog;

    @Inject
    private SmsGateways smsGateways;

    /** What one run did to a job's messages. */
    public record Outcome(int delivered, int failed, int deferred, boolean complete) {

        Outcome plus(Outcome other) {
            return new Outcome(delivered + other.delivered, failed + other.failed, deferred + other.deferred, complete && other.complete);
        }
    }

    /** Sends at most {@code limit} messages of the job (0: all that wait), {@code throttleMicros} apart. */
    public Outcome deliver(long jobId, MailingBackend backend, int limit, long throttleMicros) {
        SendingDomain domain = domains.current();
        MailingMessage.Content content = records.content(jobId);
        List<String> fields = contactFields(content);
        SmsProvider sms = content.smsProviderId() == null ? null : smsGateways.active(content.smsProviderId());
        if (content.smsProviderId() != null && sms == null) {
            throw new IllegalStateException("the SMS provider " + content.smsProviderId() + " of this mailing is gone or inactive");
        }
        int budget = limit <= 0 ? Integer.MAX_VALUE : limit;
        int delivered = 0;
        int failed = 0;
        int deferred = 0;
        SmtpConnection connection = null;
        try {
            sending:
            while (budget > 0 && records.isSending(jobId)) {
                List<MailingRecords.Pending> batch = records.pending(jobId, LocalDateTime.now(), Math.min(BATCH, budget));
                if (batch.isEmpty()) {
                    break;
                }
                Map<Long, Map<String, String>> tokens = contactTokens(batch, fields);
                for (MailingRecords.Pending message : batch) {
                    Map<String, String> contact = tokens.getOrDefault(message.contactId(), Map.of());
                    MailingMessage.Recipient recipient = new MailingMessage.Recipient(message.queueId(), message.hash(),
                            message.email(), contact.getOrDefault("contact.display_name", ""), contact);
                    if (sms != null) {
                        switch (texted(sms, message, MailingMessage.text(content, domain, recipient))) {
                            case DELIVERED -> delivered++;
                            case DEFERRED -> deferred++;
                            case FAILED -> failed++;
                        }
                        budget--;
                        throttle(throttleMicros);
                        continue;
                    }
                    byte[] bytes = MailingMessage.render(content, domain, recipient);
                    try {
                        if (backend.option() == OutboundOption.REDIRECT_TO_DATABASE) {
                            records.delivered(message.queueId(), LocalDateTime.now());
                        } else {
                            if (connection == null) {
                                connection = SmtpConnection.open(server(backend), domain.host());
                            }
                            connection.send(content.fromEmail(), message.email(), bytes,
                                    () -> records.delivered(message.queueId(), LocalDateTime.now()));
                        }
                        delivered++;
                    } catch (SmtpException e) {
                        boolean unreachable = connection == null;
                        closeQuietly(connection);
                        connection = null;
                        if (retry(message.queueId(), e)) {
                            deferred++;
                        } else {
                            failed++;
                        }
                        if (unreachable) {
                            break sending;
                        }
                    }
                    budget--;
                    throttle(throttleMicros);
                }
            }
        } finally {
            closeQuietly(connection);
        }
        return new Outcome(delivered, failed, deferred, records.completeIfDone(jobId, LocalDateTime.now()));
    }

    /**
     * One SMS through the provider's gateway, recorded delivered once the gateway took it (an HTTP gateway has
     * no step between taking a message and answering, so a crash in between can send one message twice).
     */
    private Attempt texted(SmsProvider provider, MailingRecords.Pending message, String text) {
        try {
            smsGateways.send(provider, message.phone(), text);
            records.delivered(message.queueId(), LocalDateTime.now());
            return Attempt.DELIVERED;
        } catch (SmsException e) {
            return retry(message.queueId(), e.getMessage(), e.isPermanent()) ? Attempt.DEFERRED : Attempt.FAILED;
        }
    }

    private enum Attempt {
        DELIVERED, DEFERRED, FAILED
    }

    /** Records the failed attempt; answers whether it will be tried again. */
    private boolean retry(long queueId, SmtpException e) {
        return retry(queueId, e.getMessage(), e.isPermanent());
    }

    private boolean retry(long queueId, String reason, boolean permanent) {
        int attempts = records.attempts(queueId) + 1;
        boolean again = !permanent && attempts < MAX_ATTEMPTS;
        LocalDateTime now = LocalDateTime.now();
        records.failed(queueId, reason, now, again ? now.plus(Duration.ofMinutes((long) Math.pow(4, attempts - 1))) : null);
        return again;
    }

    /** The contact fields the mailing's tokens name that Contact has, read for a whole batch at once. */
    private List<String> contactFields(MailingMessage.Content content) {
        var contact = catalog.require("Contact");
        List<String> fields = new ArrayList<>(List.of("id", "display_name"));
        MailTokens.contactFields(content.subject(), content.bodyText(), content.bodyHtml()).stream()
                .filter(f -> contact.field(f).filter(field -> field.isReadable()).isPresent() && !fields.contains(f)).forEach(fields::add);
        return fields;
    }

    private Map<Long, Map<String, String>> contactTokens(List<MailingRecords.Pending> batch, List<String> fields) {
        JsonArray ids = JSON.createArrayBuilder(batch.stream().map(MailingRecords.Pending::contactId).distinct().toList()).build();
        JsonArray where = JSON.createArrayBuilder().add(JSON.createArrayBuilder().add("id").add("IN").add(ids)).build();
        Map<Long, Map<String, String>> byContact = new HashMap<>();
        for (JsonObject row : reads.rows("Contact", fields, where, JsonValue.EMPTY_JSON_OBJECT, 0, batch.size())) {
            Map<String, String> values = new HashMap<>();
            row.forEach((field, value) -> values.put("contact." + field, text(value)));
            byContact.put(row.getJsonNumber("id").longValue(), values);
        }
        for (MailingRecords.Pending message : batch) {
            byContact.computeIfAbsent(message.contactId(), id -> new HashMap<>()).put("contact.email", message.email());
        }
        return byContact;
    }

    private static String text(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return "";
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    static SmtpServer server(MailingBackend backend) {
        SmtpServer.Tls tls = switch (backend.tlsMode()) {
            case none -> SmtpServer.Tls.NONE;
            case starttls -> SmtpServer.Tls.STARTTLS;
            case ssl -> SmtpServer.Tls.SSL;
        };
        return new SmtpServer(backend.server(), backend.port(), tls, backend.auth() ? backend.username() : null, backend.password());
    }

    private static void throttle(long micros) {
        if (micros > 0) {
            try {
                Thread.sleep(micros / 1000, (int) (micros % 1000) * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void closeQuietly(SmtpConnection connection) {
        if (connection != null) {
            connection.close();
        }
    }
}
