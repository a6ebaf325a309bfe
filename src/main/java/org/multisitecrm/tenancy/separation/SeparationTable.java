package org.multisitecrm.tenancy.separation;

import org.multisitecrm.infrastructure.config.ConfigFolder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed separation table. Its source is {@code separation-table.md} in the folder named by the
 * system property or environment variable {@code crm.config.dir} / {@code CRM_CONFIG_DIR}, else the
 * copy of {@code config/} packaged in the application.
 */
public final class SeparationTable {

    public static final String FILE_NAME = "separation-table.md";
    private static final int COLUMNS = 4;

    private final String source;
    private final List<SeparationRule> rules;
    private final Map<String, SeparationRule> byJpaEntity;

    private SeparationTable(String source, List<SeparationRule> rules) {
        this.source = source;
        this.rules = List.copyOf(rules);
        this.byJpaEntity = new LinkedHashMap<>();
        for (SeparationRule rule : rules) {
            for (String entity : rule.jpaEntities()) {
                SeparationRule earlier = byJpaEntity.putIfAbsent(entity, rule);
                if (earlier != null) {
                    throw new SeparationTableException(source + " line " + rule.line() + ": entity " + entity
                            + " is already listed on line " + earlier.line());
                }
            }
        }
    }

    public static SeparationTable load() {
        Optional<Path> configured = ConfigFolder.configured().map(dir -> dir.resolve(FILE_NAME));
        if (configured.isPresent()) {
            Path file = configured.get();
            try {
                return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new SeparationTableException("The separation table " + file + " cannot be read: " + e.getMessage());
            }
        }
        String resource = "config/" + FILE_NAME;
        try (InputStream in = SeparationTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new SeparationTableException("The separation table " + resource + " is missing from the application");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the markdown table: the header row and its separator are skipped, prose around it ignored. */
    public static SeparationTable parse(String source, String text) {
        List<SeparationRule> rules = new ArrayList<>();
        String[] lines = text.split("\\R");
        boolean headerSeen = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (!line.startsWith("|")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                continue;
            }
            if (line.matches("\\|[\\s|:-]+")) {
                continue;
            }
            rules.add(parseRow(source, line, i + 1));
        }
        if (rules.isEmpty()) {
            throw new SeparationTableException(source + " holds no table rows");
        }
        return new SeparationTable(source, rules);
    }

    private static SeparationRule parseRow(String source, String line, int number) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        String[] cells = inner.split("\\|", -1);
        if (cells.length != COLUMNS) {
            throw new SeparationTableException(source + " line " + number + ": expected " + COLUMNS
                    + " columns (Entity | Mode | JPA entities | Note), found " + cells.length);
        }
        String seedEntity = cells[0].trim();
        SeparationMode mode;
        try {
            mode = SeparationMode.parse(cells[1]);
        } catch (IllegalArgumentException e) {
            throw new SeparationTableException(source + " line " + number + " (" + seedEntity + "): " + e.getMessage());
        }
        String entities = cells[2].trim();
        List<String> jpaEntities = entities.equals("-") || entities.isEmpty()
                ? List.of()
                : Arrays.stream(entities.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new SeparationRule(seedEntity, mode, jpaEntities, cells[3].trim(), number);
    }

    public Optional<SeparationRule> ruleFor(String jpaEntity) {
        return Optional.ofNullable(byJpaEntity.get(jpaEntity));
    }

    public List<SeparationRule> rules() {
        return rules;
    }

    public java.util.Set<String> jpaEntities() {
        return byJpaEntity.keySet();
    }

    public String source() {
        return source;
    }
}
