package org.multisitecrm.mailing;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * One recipient's message of a mailing, rendered with their tokens and the sending domain's, as the bytes
 * an SMTP server takes. Its Message-ID is made from the queue row, so the same message always carries the
 * same id; {@code List-Unsubscribe} carries the recipient's unsubscribe link.
 */
public final class MailingMessage {

    private static final Session SESSION = Session.getInstance(new Properties());

    private MailingMessage() {
    }

    /** The texts to render, as the mailing holds them. */
    public record Content(long mailingId, String mailingHash, String subject, String bodyText, String bodyHtml, String fromName,
                          String fromEmail, String replyTo, Long smsProviderId, Map<String, Long> trackableUrls, boolean openTracking) {
    }

    /** Who it goes to, the queue row's id and hash, and the recipient's contact tokens. */
    public record Recipient(long queueId, String hash, String email, String displayName, Map<String, String> contactTokens) {
    }

    /** The token values of one recipient's message: theirs, the sending domain's, and their own links. */
    public static Map<String, String> tokens(Content content, SendingDomain domain, Recipient recipient) {
        Map<String, String> values = new HashMap<>(recipient.contactTokens());
        domain.tokens().forEach((k, v) -> values.put("domain." + k, v));
        values.put("mailing.viewUrl", domain.url(MailingLinks.viewPath(content.mailingId(), content.mailingHash())));
        values.put("action.unsubscribeUrl", domain.url(MailingLinks.unsubscribePath(recipient.queueId(), recipient.hash())));
        values.put("action.optOutUrl", domain.url(MailingLinks.optOutPath(recipient.queueId(), recipient.hash())));
        return values;
    }

    /** An SMS mailing's text for one recipient: its body_text with their tokens. */
    public static String text(Content content, SendingDomain domain, Recipient recipient) {
        return MailTokens.render(content.bodyText(), tokens(content, domain, recipient), false);
    }

    public static byte[] render(Content content, SendingDomain domain, Recipient recipient) {
        Map<String, String> values = tokens(content, domain, recipient);
        String unsubscribe = values.get("action.unsubscribeUrl");
        try {
            MimeMessage message = new FixedIdMessage("<mailing-queue-" + recipient.queueId() + "@" + domain.host() + ">");
            message.setFrom(new InternetAddress(content.fromEmail(), content.fromName(), "UTF-8"));
            if (content.replyTo() != null && !content.replyTo().isBlank()) {
                message.setReplyTo(new InternetAddress[] {new InternetAddress(content.replyTo())});
            }
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient.email(), recipient.displayName(), "UTF-8"));
            message.setSubject(MailTokens.render(content.subject(), values, false), "UTF-8");
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            String text = MailTokens.render(content.bodyText(), values, false);
            String html = MailTokens.render(content.bodyHtml(), values, true);
            Map<String, String> tracked = new HashMap<>();
            content.trackableUrls().forEach((url, id) -> tracked.put(url,
                    domain.url(MailingLinks.clickPath(id, recipient.queueId(), recipient.hash()))));
            text = text == null ? null : Tracking.text(text, tracked);
            html = html == null ? null : Tracking.html(html, tracked);
            if (html != null && content.openTracking()) {
                html = Tracking.withOpenImage(html, domain.url(MailingLinks.openPath(recipient.queueId(), recipient.hash())));
            }
            if (text != null && html != null) {
                MimeMultipart alternative = new MimeMultipart("alternative");
                MimeBodyPart textPart = new MimeBodyPart();
                textPart.setText(text, "UTF-8");
                MimeBodyPart htmlPart = new MimeBodyPart();
                htmlPart.setText(html, "UTF-8", "html");
                alternative.addBodyPart(textPart);
                alternative.addBodyPart(htmlPart);
                message.setContent(alternative);
            } else if (html != null) {
                message.setText(html, "UTF-8", "html");
            } else {
                message.setText(text == null ? "" : text, "UTF-8");
            }
            message.saveChanges();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            return bytes.toByteArray();
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("the message to " + recipient.email() + " cannot be built: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(String messageId) {
            super(SESSION);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
