package org.multisitecrm.setting.override;

import jakarta.json.JsonValue;
import org.multisitecrm.setting.SettingCatalog;
import org.multisitecrm.setting.SettingDefinition;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Reads one override file: UTF-8, {@code key = value} (or {@code key: value}) per line, {@code #} and
 * {@code !} comments, a trailing backslash continuing a value on the next line. Every key must name a
 * setting and every value read as its type; constants may be set here (that is what files are for).
 * All problems of a file are reported together, each with its line.
 */
public final class OverrideFileReader {

    private final SettingCatalog catalog;

    public OverrideFileReader(SettingCatalog catalog) {
        this.catalog = catalog;
    }

    public OverrideFile read(Path file, String label) {
        String stem = stemOf(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadOverrides(List.of(new OverrideProblem(label, 0, null, "cannot be read: " + e.getMessage())));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadOverrides(List.of(new OverrideProblem(label, 0, null, "is not UTF-8 text")));
        }
        return parse(stem, label, text, fingerprint(bytes));
    }

    OverrideFile parse(String stem, String label, String text, String fingerprint) {
        Map<String, JsonValue> values = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        List<OverrideProblem> problems = new ArrayList<>();
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            StringBuilder logical = new StringBuilder(stripLeading(lines[i]));
            while (endsWithContinuation(logical) && i + 1 < lines.length) {
                logical.setLength(logical.length() - 1);
                logical.append(stripLeading(lines[++i]));
            }
            String line = logical.toString();
            if (line.isBlank() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int separator = separatorIndex(line);
            if (separator < 0) {
                problems.add(new OverrideProblem(label, lineNumber, line.trim(), "expected 'name = value'"));
                continue;
            }
            String key = line.substring(0, separator).trim();
            String raw = line.substring(separator + 1).trim();
            if (firstLine.containsKey(key)) {
                problems.add(new OverrideProblem(label, lineNumber, key, "set twice (first on line " + firstLine.get(key) + ")"));
                continue;
            }
            firstLine.put(key, lineNumber);
            SettingDefinition definition = catalog.find(key).orElse(null);
            if (definition == null) {
                problems.add(new OverrideProblem(label, lineNumber, key, "no setting has this name"));
                continue;
            }
            try {
                values.put(key, definition.fromText(raw));
            } catch (IllegalArgumentException e) {
                problems.add(new OverrideProblem(label, lineNumber, key,
                        definition.type().label().toLowerCase() + " setting: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadOverrides(problems);
        }
        return new OverrideFile(stem, label, values, fingerprint);
    }

    static String stemOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".properties".length());
    }

    private static int separatorIndex(String line) {
        int equals = line.indexOf('=');
        int colon = line.indexOf(':');
        if (equals < 0) {
            return colon;
        }
        return colon < 0 ? equals : Math.min(equals, colon);
    }

    private static boolean endsWithContinuation(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String stripLeading(String line) {
        return line.stripLeading();
    }

    static String fingerprint(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
