package org.multisitecrm.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on a free loopback port, standing for one domain's mail server. */
public final class MailSink implements AutoCloseable {

    private final GreenMail server;
    private final int port;

    public MailSink() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public int port() {
        return port;
    }

    /** The {@code mailing_backend} value that sends to this server. */
    public String backend() {
        return "{\"outBound_option\":0,\"smtpServer\":\"127.0.0.1\",\"smtpPort\":" + port + ",\"smtpTlsMode\":\"none\"}";
    }

    public List<MimeMessage> messages() {
        return Arrays.asList(server.getReceivedMessages());
    }

    /** Waits until at least {@code count} messages arrived; answers them. */
    public List<MimeMessage> await(int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (messages().size() < count && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return messages();
    }

    public static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString().replaceAll(".*<|>.*", "").trim();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded HTML part of a message, empty when it has none. */
    public static String html(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.isMimeType("text/html")) {
                        return (String) part.getContent();
                    }
                }
                return "";
            }
            return message.isMimeType("text/html") ? content.toString() : "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text part (or the whole text body) of a message. */
    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        return (String) part.getContent();
                    }
                }
                return (String) multipart.getBodyPart(0).getContent();
            }
            return content.toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
