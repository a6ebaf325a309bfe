package org.multisitecrm.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** What the operator asked for through environment variables, with the defaults applied. */
record LaunchSettings(int httpPort,
                      String bindAddress,
                      Path dataDir,
                      Optional<ExternalDatabase> externalDatabase,
                      boolean demo,
                      Optional<Long> pinnedDomainId,
                      Optional<Path> configDir,
                      Optional<Path> settingsDir) {

    record ExternalDatabase(String url, String user, String password) {
    }

    static LaunchSettings from(Map<String, String> env) {
        Optional<ExternalDatabase> external = value(env, "DB_URL")
                .map(url -> new ExternalDatabase(url, value(env, "DB_USER").orElse(""), value(env, "DB_PASSWORD").orElse("")));
        boolean demo = value(env, "CRM_DEMO").map(LaunchSettings::parseBoolean).orElse(external.isEmpty());
        String bind = value(env, "CRM_BIND").orElse(demo ? "127.0.0.1" : "0.0.0.0");
        return new LaunchSettings(
                value(env, "CRM_PORT").map(v -> parseInt("CRM_PORT", v)).orElse(8080),
                bind,
                Path.of(value(env, "CRM_DATA_DIR").orElse("data")).toAbsolutePath().normalize(),
                external,
                demo,
                value(env, "CRM_DOMAIN_ID").map(v -> (long) parseInt("CRM_DOMAIN_ID", v)),
                value(env, "CRM_CONFIG_DIR").map(Path::of).or(() -> existingDir("config")),
                value(env, "CRM_SETTINGS_DIR").map(Path::of).or(() -> existingDir("civicrm-settings")));
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static Optional<Path> existingDir(String name) {
        Path dir = Path.of(name).toAbsolutePath().normalize();
        return dir.toFile().isDirectory() ? Optional.of(dir) : Optional.empty();
    }

    private static boolean parseBoolean(String value) {
        return switch (value.toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new LaunchException("CRM_DEMO must be true or false, not '" + value + "'");
        };
    }

    private static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new LaunchException(name + " must be a whole number, not '" + value + "'");
        }
    }
}
