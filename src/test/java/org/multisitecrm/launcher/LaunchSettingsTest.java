package org.multisitecrm.launcher;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaunchSettingsTest {

    @Test
    void embeddedDatabaseMeansDemoOnLoopback() {
        LaunchSettings settings = LaunchSettings.from(Map.of());
        assertTrue(settings.demo());
        assertEquals("127.0.0.1", settings.bindAddress());
        assertEquals(8080, settings.httpPort());
        assertTrue(settings.externalDatabase().isEmpty());
        assertTrue(settings.dataDir().endsWith("data"));
    }

    @Test
    void anExternalDatabaseMeansNoDemoOnAllInterfaces() {
        LaunchSettings settings = LaunchSettings.from(Map.of("DB_URL", "jdbc:mariadb://db/crm", "DB_USER", "u", "DB_PASSWORD", "p"));
        assertFalse(settings.demo());
        assertEquals("0.0.0.0", settings.bindAddress());
        assertEquals("u", settings.externalDatabase().orElseThrow().user());
    }

    @Test
    void explicitSettingsWin() {
        LaunchSettings settings = LaunchSettings.from(Map.of("CRM_DEMO", "false", "CRM_BIND", "0.0.0.0",
                "CRM_PORT", "9090", "CRM_DOMAIN_ID", "3", "CRM_DATA_DIR", "/srv/crm"));
        assertFalse(settings.demo());
        assertEquals("0.0.0.0", settings.bindAddress());
        assertEquals(9090, settings.httpPort());
        assertEquals(3L, settings.pinnedDomainId().orElseThrow());
        assertEquals("/srv/crm", settings.dataDir().toString());
    }

    @Test
    void badValuesAreNamed() {
        LaunchException port = assertThrows(LaunchException.class, () -> LaunchSettings.from(Map.of("CRM_PORT", "eighty")));
        assertTrue(port.getMessage().contains("CRM_PORT"));
        LaunchException demo = assertThrows(LaunchException.class, () -> LaunchSettings.from(Map.of("CRM_DEMO", "maybe")));
        assertTrue(demo.getMessage().contains("CRM_DEMO"));
    }

    @Test
    void clusteringIsOffUnlessAskedAndThenFindsMembersOnLoopback() {
        assertTrue(LaunchSettings.from(Map.of()).cluster().isEmpty());
        ClusterSettings grid = LaunchSettings.from(Map.of("CRM_CLUSTER", "true", "CRM_PORT", "8081")).cluster().orElseThrow();
        assertEquals("127.0.0.1", grid.tcpipMembers());
        assertEquals(ClusterSettings.DEFAULT_GRID_PORT, grid.gridPort());
        assertEquals("multisite-crm", grid.clusterName());
        assertTrue(grid.instanceName().endsWith("-8081"), grid.instanceName());
    }

    @Test
    void clusterMembersAndNamesAreTakenAsGiven() {
        LaunchSettings settings = LaunchSettings.from(Map.of("CRM_CLUSTER", "yes", "CRM_CLUSTER_MEMBERS", "10.0.0.5:6900, crm-b",
                "CRM_CLUSTER_PORT", "5701", "CRM_CLUSTER_NAME", "charities", "CRM_INSTANCE_NAME", "crm-a"));
        ClusterSettings grid = settings.cluster().orElseThrow();
        assertEquals("10.0.0.5:6900,crm-b", grid.tcpipMembers());
        assertEquals(5701, grid.gridPort());
        assertEquals("charities", grid.clusterName());
        assertEquals("crm-a", settings.instanceName());
        assertEquals("crm-a", grid.instanceName());
    }

    @Test
    void badClusterValuesAreNamed() {
        assertTrue(assertThrows(LaunchException.class, () -> LaunchSettings.from(Map.of("CRM_CLUSTER", "sometimes")))
                .getMessage().contains("CRM_CLUSTER"));
        assertTrue(assertThrows(LaunchException.class, () -> LaunchSettings.from(Map.of("CRM_CLUSTER", "true",
                "CRM_CLUSTER_MEMBERS", "a b"))).getMessage().contains("CRM_CLUSTER_MEMBERS"));
        assertTrue(assertThrows(LaunchException.class, () -> LaunchSettings.from(Map.of("CRM_CLUSTER", "true",
                "CRM_CLUSTER_PORT", "grid"))).getMessage().contains("CRM_CLUSTER_PORT"));
    }
}
