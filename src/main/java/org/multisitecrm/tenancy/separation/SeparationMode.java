package org.multisitecrm.tenancy.separation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How an entity is separated between domains; the modes are described in the table's header. */
public enum SeparationMode {
    DOMAIN,
    OPTIONAL,
    SHARED,
    TENANCY;

    /** Carries {@code domain_id} and is filtered by it. */
    public boolean isScoped() {
        return this == DOMAIN || this == OPTIONAL;
    }

    public static SeparationMode parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown mode '" + text.trim() + "' (expected one of "
                    + Arrays.stream(values()).map(SeparationMode::label).collect(Collectors.joining(", ")) + ")");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
