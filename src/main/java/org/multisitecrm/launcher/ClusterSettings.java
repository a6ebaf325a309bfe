package org.multisitecrm.launcher;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Membership of Payara's data grid, asked for with {@code CRM_CLUSTER=true}. Members find each other by
 * TCP/IP from a list of addresses (never multicast), and only members with the same cluster name join:
 * two clusters on one network stay apart.
 *
 * @param members       {@code host} or {@code host:port} of members to contact at start ({@code CRM_CLUSTER_MEMBERS})
 * @param gridPort      the first port this member's grid listens on, the next free one if taken ({@code CRM_CLUSTER_PORT})
 * @param clusterName   the grid's name ({@code CRM_CLUSTER_NAME})
 * @param instanceName  this member's name in the grid, as in the list of servers ({@code CRM_INSTANCE_NAME})
 */
record ClusterSettings(List<String> members, int gridPort, String clusterName, String instanceName) {

    static final int DEFAULT_GRID_PORT = 6900;

    static Optional<ClusterSettings> from(Map<String, String> env, String instanceName) {
        if (!LaunchSettings.flag(env, "CRM_CLUSTER", false)) {
            return Optional.empty();
        }
        List<String> members = Arrays.stream(LaunchSettings.value(env, "CRM_CLUSTER_MEMBERS").orElse("127.0.0.1").split(","))
                .map(String::trim).filter(m -> !m.isEmpty()).toList();
        for (String member : members) {
            if (!member.matches("[A-Za-z0-9.:\\[\\]-]+(:\\d{1,5})?")) {
                throw new LaunchException("CRM_CLUSTER_MEMBERS must list host or host:port, separated by commas; not '" + member + "'");
            }
        }
        int gridPort = LaunchSettings.value(env, "CRM_CLUSTER_PORT").map(v -> LaunchSettings.parseInt("CRM_CLUSTER_PORT", v))
                .orElse(DEFAULT_GRID_PORT);
        String name = LaunchSettings.value(env, "CRM_CLUSTER_NAME").orElse("multisite-crm");
        return Optional.of(new ClusterSettings(members, gridPort, name, instanceName));
    }

    /** The members as Payara's {@code tcpip-members} takes them; a bare host is tried on the default grid ports. */
    String tcpipMembers() {
        return String.join(",", members);
    }
}
