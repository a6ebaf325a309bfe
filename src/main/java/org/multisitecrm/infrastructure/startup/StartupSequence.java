package org.multisitecrm.infrastructure.startup;

import jakarta.annotation.PostConstruct;
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

import java.util.logging.Logger;

/**
 * Runs once at deployment, before any request is served; a failure here fails the deployment, and the
 * launcher then exits non-zero. The database must not be used by anything else before this ends.
 */
@Singleton
@Startup
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

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

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        Caller.system("start-up").run(this::prepare);
    }

    private void prepare() {
        startupLock.holding(() -> {
            migration.migrate();
            separationCheck.verify();
            settingOverrides.load();
            bootstrap.ensureDomains();
            provisioning.provisionAll();
            // once for all domains: an override file edited while the server was down may point a domain at another group
            visibilityIndex.refreshStructure();
            firstAdministrator.ensure();
            return null;
        });
        clusterNotices.listen();
        viewerBreadth.measure();
        SiteTable table = sites.reload();
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
