package org.multisitecrm.security.visibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Access through permissioned relationships (CiviCRM's relationship-permissions extension): a contact
 * with permission over another sees it, and through organisations and households, whatever those
 * have permission over, up to {@code crm.relationship.permission-depth} links. A chain updates only if
 * every link is "view and update". Only active relationships within their dates count: head office's daily
 * scheduled job {@code Job.disable_expired_relationships} applies dates as they pass.
 */
@ApplicationScoped
public class RelationshipGrants {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "crm.relationship.permission-depth", defaultValue = "3")
    private int maxDepth;

    /** Recomputes the grants of every grantee whose reach includes one of these contacts. */
    @Transactional
    public void refreshAround(Collection<Long> contactIds) {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try {
            Set<Long> grantees = new HashSet<>(contactIds);
            String ids = contactIds.stream().map(String::valueOf).collect(Collectors.joining(","));
            if (!ids.isEmpty()) {
                try (Statement s = connection.createStatement();
                     ResultSet rs = s.executeQuery("SELECT DISTINCT grantee_contact_id FROM crm_contact_grant WHERE contact_id IN (" + ids + ")")) {
                    while (rs.next()) {
                        grantees.add(rs.getLong(1));
                    }
                }
            }
            for (long grantee : grantees) {
                recompute(connection, grantee);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not refresh relationship grants", e);
        }
    }

    /** Recomputes every grant: for the daily expiry job and repair. */
    @Transactional
    public int refreshAll() {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try {
            Set<Long> grantees = new HashSet<>();
            try (Statement s = connection.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT DISTINCT grantee_contact_id FROM crm_contact_grant")) {
                    while (rs.next()) {
                        grantees.add(rs.getLong(1));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT contact_id_a FROM civicrm_relationship WHERE is_permission_a_b > 0"
                        + " UNION SELECT contact_id_b FROM civicrm_relationship WHERE is_permission_b_a > 0")) {
                    while (rs.next()) {
                        grantees.add(rs.getLong(1));
                    }
                }
            }
            for (long grantee : grantees) {
                recompute(connection, grantee);
            }
            return grantees.size();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not refresh relationship grants", e);
        }
    }

    private void recompute(Connection connection, long grantee) throws SQLException {
        Map<Long, Boolean> reached = new HashMap<>();
        Map<Long, Integer> depthOf = new HashMap<>();
        Set<Long> frontier = Set.of(grantee);
        Map<Long, Boolean> frontierEdit = Map.of(grantee, true);
        for (int depth = 1; depth <= maxDepth && !frontier.isEmpty(); depth++) {
            Map<Long, Boolean> next = new HashMap<>();
            for (Edge edge : edgesFrom(connection, frontier)) {
                if (edge.target() == grantee) {
                    continue;
                }
                boolean canEdit = frontierEdit.get(edge.source()) && edge.canEdit();
                Boolean known = reached.get(edge.target());
                if (known == null || (!known && canEdit)) {
                    reached.put(edge.target(), canEdit);
                    depthOf.putIfAbsent(edge.target(), depth);
                    if (edge.isChainable()) {
                        next.merge(edge.target(), canEdit, Boolean::logicalOr);
                    }
                }
            }
            frontier = next.keySet();
            frontierEdit = next;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM crm_contact_grant WHERE grantee_contact_id = ?")) {
            delete.setLong(1, grantee);
            delete.executeUpdate();
        }
        if (reached.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO crm_contact_grant (grantee_contact_id, contact_id, can_edit, depth) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<Long, Boolean> entry : reached.entrySet()) {
                insert.setLong(1, grantee);
                insert.setLong(2, entry.getKey());
                insert.setBoolean(3, entry.getValue());
                insert.setInt(4, depthOf.get(entry.getKey()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Current permissioned relationships out of these contacts, in either direction. */
    private static List<Edge> edgesFrom(Connection connection, Set<Long> sources) throws SQLException {
        String ids = sources.stream().map(String::valueOf).collect(Collectors.joining(","));
        String current = " AND r.is_active = 1 AND (r.start_date IS NULL OR r.start_date <= CURRENT_DATE)"
                + " AND (r.end_date IS NULL OR r.end_date >= CURRENT_DATE)";
        String sql = "SELECT r.contact_id_a, r.contact_id_b, r.is_permission_a_b, c.contact_type FROM civicrm_relationship r"
                + " JOIN civicrm_contact c ON c.id = r.contact_id_b WHERE r.contact_id_a IN (" + ids + ") AND r.is_permission_a_b > 0" + current
                + " UNION ALL SELECT r.contact_id_b, r.contact_id_a, r.is_permission_b_a, c.contact_type FROM civicrm_relationship r"
                + " JOIN civicrm_contact c ON c.id = r.contact_id_a WHERE r.contact_id_b IN (" + ids + ") AND r.is_permission_b_a > 0" + current;
        List<Edge> edges = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                edges.add(new Edge(rs.getLong(1), rs.getLong(2), rs.getInt(3) == 1, !"Individual".equals(rs.getString(4))));
            }
        }
        return edges;
    }

    /** One permission link; chains continue only through organisations and households. */
    private record Edge(long source, long target, boolean canEdit, boolean isChainable) {
    }
}
