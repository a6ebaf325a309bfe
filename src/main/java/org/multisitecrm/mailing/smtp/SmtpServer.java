package org.multisitecrm.mailing.smtp;

/** Where and how to reach an SMTP server: {@code tls} none, starttls (upgrade after EHLO) or ssl (from the start). */
public record SmtpServer(String host, int port, Tls tls, String username, String password) {

    public enum Tls {
        NONE, STARTTLS, SSL
    }

    public boolean authenticates() {
        return username != null && !username.isEmpty();
    }
}
