package org.multisitecrm.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * One build of the application: a new id at every {@code mvn package}, which Maven writes into
 * {@value #RESOURCE}. Work that only a new build can change (per-domain content, say) is done once per
 * build instead of at every start.
 *
 * @param id at most 64 characters, the column that records it
 */
public record ApplicationBuild(String id) {

    static final String RESOURCE = "/META-INF/crm-build.properties";
    private static final String KEY = "crm.build";

    public ApplicationBuild {
        if (id == null || id.isBlank() || id.length() > 64 || id.contains("${")) {
            throw new IllegalArgumentException("A build id is 1 to 64 characters, filtered by Maven: " + id);
        }
    }

    /** This build, or empty when it was not packaged by Maven (then every start counts as a new build). */
    public static Optional<ApplicationBuild> current() {
        try (InputStream in = ApplicationBuild.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            String id = properties.getProperty(KEY);
            return id == null || id.contains("${") ? Optional.empty() : Optional.of(new ApplicationBuild(id));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
