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
                      Optional<Path> settingsDir,
                      String instanceName,
                      Optional<ClusterSettings> cluster) {

    record ExternalDatabase(String url, String user, String password) {
    }

    static LaunchSettings from(Map<String, String> env) {
        Optional<ExternalDatabase> external = value(env, "DB_URL")
                .map(url -> new ExternalDatabase(url, value(env, "DB_USER").orElse(""), value(env, "DB_PASSWORD").orElse("")));
        boolean demo = flag(env, "CRM_DEMO", external.isEmpty());
        String bind = value(env, "CRM_BIND").orElse(demo ? "127.0.0.1" : "0.0.0.0");
        int port = value(env, "CRM_PORT").map(v -> parseInt("CRM_PORT", v)).orElse(8080);
        String instanceName = value(env, "CRM_INSTANCE_NAME").orElseGet(() -> localHostName() + "-" + port);
        return new LaunchSettings(
                port,
                bind,
                Path.of(value(env, "CRM_DATA_DIR").orElse("data")).toAbsolutePath().normalize(),
                external,
                demo,
                value(env, "CRM_DOMAIN_ID").map(v -> (long) parseInt("CRM_DOMAIN_ID", v)),
                value(env, "CRM_CONFIG_DIR").map(Path::of).or(() -> existingDir("config")),
                value(env, "CRM_SETTINGS_DIR").map(Path::of).or(() -> existingDir("civicrm-settings")),
                instanceName,
                ClusterSettings.from(env, instanceName));
    }

    private static String localHostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "server";
        }
    }

    static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static Optional<Path> existingDir(String name) {
        Path dir = Path.of(name).toAbsolutePath().normalize();
        return dir.toFile().isDirectory() ? Optional.of(dir) : Optional.empty();
    }

    static boolean flag(Map<String, String> env, String name, boolean otherwise) {
        return value(env, name).map(value -> switch (value.toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new LaunchException(name + " must be true or false, not '" + value + "'");
        }).orElse(otherwise);
    }

    static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new LaunchException(name + " must be a whole number, not '" + value + "'");
        }
    }
}
