package org.multisitecrm.setting.override;

import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a server's overrides say, one fingerprint per source: each file by its stem, and the
 * {@code CRM_SETTING_*} variables under {@link #ENVIRONMENT}. A fingerprint is taken of the values in
 * force, not of the file's bytes, so two copies that differ only in comments or order agree.
 */
public record OverrideFingerprints(Map<String, String> bySource) {

    public static final String ENVIRONMENT = "CRM_SETTING_*";

    public OverrideFingerprints {
        bySource = Map.copyOf(bySource);
    }

    public static OverrideFingerprints of(OverrideSnapshot snapshot, EnvironmentOverrides environment) {
        Map<String, String> sources = new TreeMap<>();
        snapshot.files().forEach((stem, file) -> sources.put(stem, fingerprint(file.values())));
        if (!environment.values().isEmpty()) {
            sources.put(ENVIRONMENT, fingerprint(environment.values()));
        }
        return new OverrideFingerprints(sources);
    }

    /** One line per source, {@code source=fingerprint}, in order: what the server list stores. */
    public String encode() {
        return new TreeMap<>(bySource).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    public static OverrideFingerprints decode(String text) {
        Map<String, String> sources = new TreeMap<>();
        for (String line : text.split("\n")) {
            int equals = line.lastIndexOf('=');
            if (equals > 0) {
                sources.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return new OverrideFingerprints(sources);
    }

    /** The fingerprint of a source, or {@code null} when this server has no such file. */
    public String of(String source) {
        return bySource.get(source);
    }

    /** Every source either side names. */
    public TreeSet<String> sourcesWith(OverrideFingerprints other) {
        TreeSet<String> all = new TreeSet<>(bySource.keySet());
        all.addAll(other.bySource.keySet());
        return all;
    }

    private static String fingerprint(Map<String, JsonValue> values) {
        String text = new TreeMap<>(values).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
