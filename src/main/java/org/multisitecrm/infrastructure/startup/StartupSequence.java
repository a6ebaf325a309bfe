package org.multisitecrm.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.multisitecrm.security.visibility.ViewerBreadthJob;
import org.multisitecrm.security.visibility.VisibilityIndex;
import org.multisitecrm.cluster.ClusterNotices;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.multisitecrm.security.Caller;
import org.multisitecrm.setting.override.OverrideFolder;
import org.multisitecrm.setting.override.OverridesAnnouncement;
import org.multisitecrm.administration.DomainProvisioning;
import org.multisitecrm.tenancy.SiteDirectory;
import org.multisitecrm.tenancy.SiteTable;
import org.multisitecrm.tenancy.separation.SeparationSchemaCheck;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs once at deployment, before any request is served. Deployed by the launcher
 * ({@code crm.startup.background=true}) it runs on a managed thread while the deployment goes on
 * (Faces and REST take seconds to start on two cores): requests meanwhile get 503 at
 * the outermost filter ({@code api.RequestGuardFilter}), and a failure is left in a system property
 * ({@value #FAILED_PROPERTY}), on which the launcher exits non-zero. Deployed otherwise (Arquillian),
 * it runs within the deployment, and a failure fails it. The database must not be used by anything
 * else before this ends: the jobs that start with the application wait for {@link StartupState#isReady()}.
 */
@Singleton
@Startup
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());
    /** Set to the cause when the sequence, run in the background, failed: read by the launcher's PayaraServer. */
    static final String FAILED_PROPERTY = "crm.startup.failed";

    @Inject
    private SchemaMigration migration;
    @Inject
    private SeparationSchemaCheck separationCheck;
    @Inject
    private DomainBootstrap bootstrap;
    @Inject
    private FirstAdministrator firstAdministrator;
    @Inject
    private DomainProvisioning provisioning;
    @Inject
    private SiteDirectory sites;
    @Inject
    private OverrideFolder settingOverrides;
    @Inject
    private StartupState state;
    @Inject
    private ViewerBreadthJob viewerBreadth;
    @Inject
    private VisibilityIndex visibilityIndex;
    @Inject
    private StartupLock startupLock;
    @Inject
    private ClusterNotices clusterNotices;
    @Inject
    private OverridesAnnouncement overridesAnnouncement;

    @Inject
    @ConfigProperty(name = "crm.http.port", defaultValue = "8080")
    private int httpPort;

    @Inject
    @ConfigProperty(name = "crm.startup.background", defaultValue = "false")
    private boolean inBackground;

    @Resource
    private ManagedExecutorService executor;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        if (!inBackground) {
            Caller.system("start-up").run(this::prepare);
            return;
        }
        executor.execute(() -> {
            try {
                Caller.system("start-up").run(this::prepare);
            } catch (RuntimeException | Error e) {
                LOG.log(Level.SEVERE, "The start-up sequence failed: " + e.getMessage(), e);
                // the launcher, in this JVM, waits for readiness and exits on this (the web tier answers no one yet)
                System.setProperty(FAILED_PROPERTY, String.valueOf(e.getMessage()));
            }
        });
    }

    private void prepare() {
        StepTimes times = new StepTimes();
        startupLock.holding(() -> {
            times.run("migrations", migration::migrate);
            times.run("separation check", separationCheck::verify);
            times.run("setting overrides", settingOverrides::load);
            times.run("domains", bootstrap::ensureDomains);
            times.run("provisioning", provisioning::provisionAll);
            // once for all domains: an override file edited while the server was down may point a domain at another group
            times.run("visibility structure", visibilityIndex::refreshStructure);
            times.run("first administrator", firstAdministrator::ensure);
            return null;
        });
        times.run("cluster notices", clusterNotices::listen);
        times.run("viewer breadth", viewerBreadth::measure);
        SiteTable table = times.get("site table", sites::reload);
        sites.pinnedDomainId().ifPresent(id -> {
            if (table.domain(id).isEmpty()) {
                throw new IllegalStateException("CRM_DOMAIN_ID=" + id + " names no domain");
            }
        });
        if (table.defaultSite().isEmpty() && sites.pinnedDomainId().isEmpty()) {
            throw new IllegalStateException("No site is the default: requests for unknown hosts would have no domain");
        }
        settingOverrides.watch();
        overridesAnnouncement.start();
        announce(table);
        LOG.info(() -> "Start-up sequence: " + times);
        state.markReady();
    }

    private void announce(SiteTable table) {
        StringBuilder text = new StringBuilder("Sites:");
        sites.pinnedDomainId().ifPresentOrElse(
                id -> text.append("\n  every host -> ").append(table.domain(id).orElseThrow().name()).append(" (CRM_DOMAIN_ID)"),
                () -> table.sites().forEach(site -> text.append("\n  http://").append(site.hostname()).append(':')
                        .append(httpPort).append("/  -> ").append(table.domain(site.domainId()).orElseThrow().name())
                        .append(site.isDefault() ? "  (default)" : "")));
        LOG.info(text::toString);
    }
}
