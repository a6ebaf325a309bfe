package org.multisitecrm.mailing;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * A domain's outbound mail server, CiviCRM's {@code mailing_backend} setting: {@code outBound_option},
 * {@code smtpServer}, {@code smtpPort}, {@code smtpAuth}, {@code smtpUsername}, {@code smtpPassword}, and
 * {@code smtpTlsMode} (none, starttls or ssl: CiviCRM writes {@code ssl://} before the host instead).
 * Its rules are checked wherever a value comes from (API, override file), so a stored value is usable.
 */
public record MailingBackend(OutboundOption option, String server, int port, boolean auth, String username, String password,
                             TlsMode tlsMode) {

    public static final String SETTING = "mailing_backend";

    private static final Set<String> MEMBERS = Set.of("outBound_option", "smtpServer", "smtpPort", "smtpAuth", "smtpUsername",
            "smtpPassword", "smtpTlsMode");

    public enum TlsMode {
        none, starttls, ssl
    }

    /** CiviCRM's default is PHP's mail(); a server here starts with mail disabled until a domain names its server. */
    public static JsonObject defaultValue() {
        return JSON.createObjectBuilder().add("outBound_option", OutboundOption.DISABLED.value()).build();
    }

    /** The setting's value, checked, in its canonical shape (the setting's {@code shape}). */
    public static JsonValue check(JsonValue value) {
        return of(value).toJson();
    }

    public static MailingBackend of(JsonValue value) {
        if (!(value instanceof JsonObject object)) {
            throw new IllegalArgumentException("expected an object with outBound_option and, for SMTP, smtpServer and smtpPort");
        }
        object.keySet().stream().filter(k -> !MEMBERS.contains(k)).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException("has no member '" + k + "' (members: " + String.join(", ", MEMBERS.stream().sorted().toList()) + ")");
        });
        OutboundOption option = OutboundOption.of(number(object, "outBound_option").orElse((long) OutboundOption.DISABLED.value()));
        String server = text(object, "smtpServer").orElse("");
        TlsMode tls = text(object, "smtpTlsMode").map(MailingBackend::tlsMode).orElse(TlsMode.none);
        int port = (int) (long) number(object, "smtpPort").orElse(tls == TlsMode.ssl ? 465L : 25L);
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("smtpPort must be from 1 to 65535, not " + port);
        }
        boolean auth = flag(object, "smtpAuth");
        String username = text(object, "smtpUsername").orElse("");
        String password = text(object, "smtpPassword").orElse("");
        if (option == OutboundOption.SMTP) {
            if (server.isBlank()) {
                throw new IllegalArgumentException("smtpServer is required when outBound_option is 0 (SMTP)");
            }
            if (!server.matches("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+]")) {
                throw new IllegalArgumentException("smtpServer must be a host name or address, not '" + server + "'");
            }
            if (auth && username.isBlank()) {
                throw new IllegalArgumentException("smtpUsername is required when smtpAuth is on");
            }
        }
        return new MailingBackend(option, server, port, auth, username, password, tls);
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("outBound_option", option.value());
        if (option == OutboundOption.SMTP || !server.isEmpty()) {
            json.add("smtpServer", server).add("smtpPort", port).add("smtpAuth", auth).add("smtpUsername", username)
                    .add("smtpPassword", password).add("smtpTlsMode", tlsMode.name());
        }
        return json.build();
    }

    private static TlsMode tlsMode(String text) {
        try {
            return TlsMode.valueOf(text.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("smtpTlsMode must be none, starttls or ssl, not '" + text + "'");
        }
    }

    private static Optional<Long> number(JsonObject object, String member) {
        JsonValue value = object.get(member);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        try {
            if (value instanceof JsonNumber number) {
                return Optional.of(number.longValueExact());
            }
            if (value instanceof JsonString text) {
                return Optional.of(Long.parseLong(text.getString().trim()));
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException(member + " must be a whole number, not " + value);
    }

    private static Optional<String> text(JsonObject object, String member) {
        JsonValue value = object.get(member);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonString text) {
            return Optional.of(text.getString().trim());
        }
        throw new IllegalArgumentException(member + " must be text, not " + value);
    }

    private static boolean flag(JsonObject object, String member) {
        JsonValue value = object.get(member);
        if (value == null || value == JsonValue.NULL || value == JsonValue.FALSE) {
            return false;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        String text = value instanceof JsonString s ? s.getString().trim() : value.toString();
        return switch (text) {
            case "1", "true" -> true;
            case "0", "false", "" -> false;
            default -> throw new IllegalArgumentException(member + " must be true or false, not " + value);
        };
    }
}
