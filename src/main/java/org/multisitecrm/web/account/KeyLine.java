package org.multisitecrm.web.account;

import org.multisitecrm.security.ApiKey;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One API key as a page lists it: never the key itself (shown once, when issued), only its label and dates. */
public record KeyLine(long id, String label, String issued, String revoked) implements Serializable {

    public static KeyLine of(ApiKey key) {
        return new KeyLine(key.getId(), key.getLabel() == null ? "" : key.getLabel(), minute(key.getCreatedDate()),
                minute(key.getRevokedDate()));
    }

    private static String minute(LocalDateTime time) {
        return time == null ? "" : time.withSecond(0).withNano(0).toString().replace('T', ' ');
    }

    public long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public String getIssued() {
        return issued;
    }

    public String getRevoked() {
        return revoked;
    }

    public boolean isActive() {
        return revoked.isEmpty();
    }
}
