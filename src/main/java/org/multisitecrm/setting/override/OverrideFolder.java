package org.multisitecrm.setting.override;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.multisitecrm.setting.SettingCatalog;
import org.multisitecrm.tenancy.Domain;
import org.multisitecrm.tenancy.SiteDirectory;
import org.multisitecrm.tenancy.SiteTable;
import org.multisitecrm.tenancy.SitesChanged;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;

/**
 * The {@code civicrm-settings/} folder ({@code crm.settings.dir}, {@code CRM_SETTINGS_DIR}) and the
 * {@code CRM_SETTING_*} environment. At start every file is read and a bad one stops the start. Then
 * the folder is watched: a changed, added or removed file is in force within about a second. A file
 * that has become bad is reported with file, line and key, and its last good version stays in force
 * whole; a file is never half-applied.
 *
 * <p>A file is bound to the domain its name stands for. When a domain is renamed, its file no longer
 * matches: rather than drop the overrides silently, the file stays bound to that domain and every
 * reload says, at SEVERE, which file to rename. A file that has never matched a domain is reported too.
 */
@ApplicationScoped
public class OverrideFolder {

    private static final Logger LOG = Logger.getLogger(OverrideFolder.class.getName());
    private static final String SUFFIX = ".properties";

    @Inject
    @ConfigProperty(name = "crm.settings.dir")
    private Optional<String> configuredFolder;

    @Inject
    private Config config;

    @Inject
    private SettingCatalog catalog;

    @Inject
    private SiteDirectory sites;

    @Inject
    private Event<OverridesReloaded> reloaded;

    @Resource
    private ManagedThreadFactory threads;

    private volatile OverrideSnapshot snapshot = OverrideSnapshot.EMPTY;
    private volatile EnvironmentOverrides environment = EnvironmentOverrides.none();
    private volatile List<OverrideProblem> problems = List.of();
    /** File stem to the domain it last matched by name: what keeps a renamed domain's file bound to it. */
    private final Map<String, Long> lastBound = new ConcurrentHashMap<>();
    private volatile boolean watching;
    private volatile Thread watcher;
    private volatile WatchService watchService;

    /**
     * Reads the environment and every file before anything reads a setting at start; any problem stops
     * the start.
     */
    public synchronized void load() {
        environment = EnvironmentOverrides.read(environmentVariables(), catalog);
        Loaded loaded = load(true);
        snapshot = loaded.snapshot();
        problems = loaded.problems();
    }

    /** Once the domains exist: says which files match no domain, then applies changes as they happen. */
    public synchronized void watch() {
        watching = true;
        checkBindings(sites.table());
        folder().ifPresentOrElse(dir -> {
            LOG.info(() -> "Setting overrides: " + snapshot.files().size() + " file(s) in " + dir.toAbsolutePath());
            watch(dir);
        }, () -> LOG.info("Setting overrides: no civicrm-settings folder; only CRM_SETTING_* variables apply"));
    }

    public OverrideSnapshot snapshot() {
        return snapshot;
    }

    public EnvironmentOverrides environment() {
        return environment;
    }

    /** What is wrong in the folder now (the last good version of each bad file is in force meanwhile). */
    public List<OverrideProblem> problems() {
        return problems;
    }

    public Optional<DomainFile> domainFile(long domainId) {
        return domainFile(snapshot, domainId);
    }

    /** The file in force for a domain in a given snapshot: the one its name stands for, else one left by a rename. */
    public Optional<DomainFile> domainFile(OverrideSnapshot in, long domainId) {
        SiteTable table = sites.table();
        Optional<SiteTable.DomainRow> domain = table.domain(domainId);
        if (domain.isEmpty()) {
            return Optional.empty();
        }
        String stem = Domain.fileStem(domain.get().name());
        Optional<OverrideFile> own = in.file(stem);
        if (own.isPresent()) {
            return own.map(f -> new DomainFile(f, null));
        }
        return in.files().values().stream()
                .filter(f -> !f.isForAllDomains())
                .filter(f -> Long.valueOf(domainId).equals(lastBound.get(f.stem())) && matchingDomain(table, f.stem()).isEmpty())
                .findFirst()
                .map(f -> new DomainFile(f, "named for this domain's former name; rename it to " + stem + SUFFIX));
    }

    /** Re-reads the folder now; what the watcher calls. Public for operators' tools and tests. */
    public synchronized void reload() {
        OverrideSnapshot before = snapshot;
        Loaded loaded = load(false);
        problems = loaded.problems();
        if (!loaded.problems().isEmpty()) {
            LOG.severe(() -> new BadOverrides(loaded.problems()).getMessage()
                    + "\n  The last good version of each of these files stays in force.");
        }
        if (loaded.snapshot().sameContentAs(before)) {
            return;
        }
        snapshot = loaded.snapshot();
        checkBindings(sites.table());
        LOG.info(() -> "Setting overrides reloaded: " + snapshot.files().keySet());
        reloaded.fire(new OverridesReloaded(before, snapshot));
    }

    /** Runs after the site table reloaded (its observer has the default priority, this one a later one). */
    void onSitesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS)
                        @Priority(Interceptor.Priority.APPLICATION + 900) SitesChanged change) {
        if (watching) {
            checkBindings(sites.table());
        }
    }

    private record Loaded(OverrideSnapshot snapshot, List<OverrideProblem> problems) {
    }

    private Loaded load(boolean firstStart) {
        Optional<Path> dir = folder();
        if (dir.isEmpty()) {
            return new Loaded(OverrideSnapshot.EMPTY, List.of());
        }
        OverrideFileReader reader = new OverrideFileReader(catalog);
        Map<String, OverrideFile> files = new HashMap<>();
        List<OverrideProblem> found = new ArrayList<>();
        for (Path file : propertiesFiles(dir.get())) {
            String stem = OverrideFileReader.stemOf(file);
            try {
                files.put(stem, reader.read(file, label(dir.get(), file)));
            } catch (BadOverrides bad) {
                found.addAll(bad.problems());
                snapshot.file(stem).ifPresent(lastGood -> files.put(stem, lastGood));
            }
        }
        if (firstStart && !found.isEmpty()) {
            throw new BadOverrides(found);
        }
        return new Loaded(new OverrideSnapshot(files), List.copyOf(found));
    }

    private void checkBindings(SiteTable table) {
        for (OverrideFile file : snapshot.files().values()) {
            if (file.isForAllDomains()) {
                continue;
            }
            Optional<SiteTable.DomainRow> match = matchingDomain(table, file.stem());
            if (match.isPresent()) {
                lastBound.put(file.stem(), match.get().id());
                continue;
            }
            Long formerDomain = lastBound.get(file.stem());
            Optional<SiteTable.DomainRow> renamed = formerDomain == null ? Optional.empty() : table.domain(formerDomain);
            if (renamed.isPresent()) {
                String wanted = Domain.fileStem(renamed.get().name()) + SUFFIX;
                LOG.severe(() -> file.label() + " no longer matches its domain: domain " + formerDomain + " is now named '"
                        + renamed.get().name() + "'. Its overrides stay in force for that domain until the file is renamed to "
                        + wanted + ".");
            } else {
                LOG.warning(() -> file.label() + " matches no domain (domain names: " + table.domains().stream()
                        .map(d -> Domain.fileStem(d.name()) + SUFFIX).sorted().toList() + "); its overrides apply nowhere.");
            }
        }
    }

    private static Optional<SiteTable.DomainRow> matchingDomain(SiteTable table, String stem) {
        return table.domains().stream().filter(d -> Domain.fileStem(d.name()).equals(stem)).findFirst();
    }

    private Optional<Path> folder() {
        return configuredFolder.filter(s -> !s.isBlank()).map(Path::of).filter(Files::isDirectory);
    }

    private static List<Path> propertiesFiles(Path dir) {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            return StreamSupport.stream(stream.spliterator(), false).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new BadOverrides(List.of(new OverrideProblem(dir.toString(), 0, null, "cannot be listed: " + e.getMessage())));
        }
    }

    private static String label(Path dir, Path file) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return (name == null ? "" : name + "/") + file.getFileName();
    }

    /** Real environment variables, and for embedded use the same names given as MicroProfile Config properties. */
    private Map<String, String> environmentVariables() {
        Map<String, String> variables = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(EnvironmentOverrides.PREFIX)) {
                config.getOptionalValue(name, String.class).ifPresent(v -> variables.put(name, v));
            }
        }
        System.getenv().forEach((name, value) -> {
            if (name.startsWith(EnvironmentOverrides.PREFIX)) {
                variables.put(name, value);
            }
        });
        return variables;
    }

    private void watch(Path dir) {
        try {
            watchService = dir.getFileSystem().newWatchService();
            dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Cannot watch " + dir + ": setting override files apply only after a restart", e);
            return;
        }
        watcher = threads.newThread(this::watchLoop);
        watcher.setName("civicrm-settings watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void watchLoop() {
        WatchService service = watchService;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                WatchKey key = service.poll(1, TimeUnit.SECONDS);
                if (key == null) {
                    continue;
                }
                // Editors write a file in several steps; let them finish before reading.
                TimeUnit.MILLISECONDS.sleep(250);
                key.pollEvents();
                key.reset();
                reload();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Setting override reload failed; the values in force are unchanged", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        Thread thread = watcher;
        if (thread != null) {
            thread.interrupt();
        }
        try {
            if (watchService != null) {
                watchService.close();
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the settings watcher", e);
        }
    }
}
