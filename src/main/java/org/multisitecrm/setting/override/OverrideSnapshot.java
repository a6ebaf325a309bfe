package org.multisitecrm.setting.override;

import java.util.Map;
import java.util.Optional;

/** The override files in force at one moment, by stem; immutable, swapped whole on reload. */
public record OverrideSnapshot(Map<String, OverrideFile> files) {

    public static final OverrideSnapshot EMPTY = new OverrideSnapshot(Map.of());

    public OverrideSnapshot {
        files = Map.copyOf(files);
    }

    public Optional<OverrideFile> file(String stem) {
        return Optional.ofNullable(files.get(stem));
    }

    public Optional<OverrideFile> allDomains() {
        return file(OverrideFile.ALL_DOMAINS_STEM);
    }

    boolean sameContentAs(OverrideSnapshot other) {
        if (!files.keySet().equals(other.files.keySet())) {
            return false;
        }
        return files.entrySet().stream()
                .allMatch(e -> e.getValue().fingerprint().equals(other.files.get(e.getKey()).fingerprint()));
    }
}
