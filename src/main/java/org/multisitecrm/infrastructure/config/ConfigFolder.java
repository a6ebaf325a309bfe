package org.multisitecrm.infrastructure.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The operator's configuration folder: the system property {@code crm.config.dir} (set by the
 * launcher) or the environment variable {@code CRM_CONFIG_DIR}. It holds the separation table and the
 * site's own migrations ({@code migrations/}), which change what the server does without a new build.
 */
public final class ConfigFolder {

    public static final String MIGRATIONS = "migrations";

    private ConfigFolder() {
    }

    public static Optional<Path> configured() {
        return Optional.ofNullable(System.getProperty("crm.config.dir"))
                .or(() -> Optional.ofNullable(System.getenv("CRM_CONFIG_DIR")))
                .filter(dir -> !dir.isBlank())
                .map(Path::of);
    }

    /** The site's own Flyway migrations, when the folder has them. */
    public static Optional<Path> migrations() {
        return configured().map(dir -> dir.resolve(MIGRATIONS)).filter(Files::isDirectory);
    }
}
