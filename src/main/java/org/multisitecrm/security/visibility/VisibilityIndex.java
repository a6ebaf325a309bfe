package org.multisitecrm.security.visibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.multisitecrm.setting.EffectiveSettings;
import org.multisitecrm.setting.StoredSettings;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Keeps the visibility index in the database. Hard-adds and their ends are applied by triggers on
 * {@code civicrm_group_contact}, one contact at a time. Changes of structure (domains, domain groups,
 * nesting, group organisations) call {@link #refreshStructure()}, which recomputes each domain's group
 * closure (small: groups, not contacts) and applies only its difference to the contact index.
 * {@link #rebuild()} recomputes everything, for repair. Each row carries its contact's sort key, trash
 * flag and type, and each viewer's count per contact type is kept beside the index (V32's and V35's triggers).
 */
@ApplicationScoped
public class VisibilityIndex {

    private static final Logger LOG = Logger.getLogger(VisibilityIndex.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private EffectiveSettings settings;

    /** Applies a change of domains, domain groups, nesting or group organisations; returns the pairs changed. */
    @Transactional
    public int refreshStructure() {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try {
            Set<Pair> wanted = computeClosure(connection, domainGroups());
            Set<Pair> current = new HashSet<>();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT viewer_domain_id, group_id FROM crm_domain_group_closure")) {
                while (rs.next()) {
                    current.add(new Pair(rs.getLong(1), rs.getLong(2)));
                }
            }
            int changed = 0;
            for (Pair pair : wanted) {
                if (!current.contains(pair)) {
                    add(connection, pair);
                    changed++;
                }
            }
            for (Pair pair : current) {
                if (!wanted.contains(pair)) {
                    remove(connection, pair);
                    changed++;
                }
            }
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not refresh the visibility index", e);
        }
    }

    /** Recomputes the whole index from groups and memberships. */
    @Transactional
    public void rebuild() {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM crm_contact_visibility");
            s.executeUpdate("DELETE FROM crm_domain_group_closure");
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO crm_domain_group_closure (viewer_domain_id, group_id) VALUES (?, ?)")) {
                for (Pair pair : computeClosure(connection, domainGroups())) {
                    insert.setLong(1, pair.domainId());
                    insert.setLong(2, pair.groupId());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            int rows = s.executeUpdate("INSERT INTO crm_contact_visibility (viewer_domain_id, contact_id, sort_name, is_deleted, contact_type)"
                    + " SELECT DISTINCT x.viewer_domain_id, c.id, c.sort_name, c.is_deleted, c.contact_type FROM crm_domain_group_closure x"
                    + " JOIN civicrm_group_contact gc ON gc.group_id = x.group_id AND gc.status = 'Added'"
                    + " JOIN civicrm_contact c ON c.id = gc.contact_id");
            // the triggers kept the counts through the delete and the insert; recounted here, since repair is the point
            s.executeUpdate("DELETE FROM crm_contact_visibility_count");
            s.executeUpdate("INSERT INTO crm_contact_visibility_count (viewer_domain_id, contact_type, contacts, trashed)"
                    + " SELECT viewer_domain_id, contact_type, COUNT(*), SUM(is_deleted) FROM crm_contact_visibility"
                    + " GROUP BY viewer_domain_id, contact_type");
            LOG.info(() -> "Visibility index rebuilt: " + rows + " (domain, contact) pairs");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not rebuild the visibility index", e);
        }
    }

    private static void add(Connection connection, Pair pair) throws SQLException {
        try (PreparedStatement closure = connection.prepareStatement(
                "INSERT INTO crm_domain_group_closure (viewer_domain_id, group_id) VALUES (?, ?)");
             PreparedStatement contacts = connection.prepareStatement(
                     "INSERT IGNORE INTO crm_contact_visibility (viewer_domain_id, contact_id, sort_name, is_deleted, contact_type)"
                             + " SELECT ?, c.id, c.sort_name, c.is_deleted, c.contact_type FROM civicrm_group_contact gc"
                             + " JOIN civicrm_contact c ON c.id = gc.contact_id WHERE gc.group_id = ? AND gc.status = 'Added'")) {
            closure.setLong(1, pair.domainId());
            closure.setLong(2, pair.groupId());
            closure.executeUpdate();
            contacts.setLong(1, pair.domainId());
            contacts.setLong(2, pair.groupId());
            contacts.executeUpdate();
        }
    }

    private static void remove(Connection connection, Pair pair) throws SQLException {
        try (PreparedStatement closure = connection.prepareStatement(
                "DELETE FROM crm_domain_group_closure WHERE viewer_domain_id = ? AND group_id = ?");
             PreparedStatement contacts = connection.prepareStatement(
                     "DELETE v FROM crm_contact_visibility v"
                             + " JOIN civicrm_group_contact gc ON gc.contact_id = v.contact_id AND gc.group_id = ? AND gc.status = 'Added'"
                             + " WHERE v.viewer_domain_id = ? AND NOT EXISTS (SELECT 1 FROM civicrm_group_contact gc2"
                             + " JOIN crm_domain_group_closure x ON x.group_id = gc2.group_id AND x.viewer_domain_id = ?"
                             + " WHERE gc2.contact_id = v.contact_id AND gc2.status = 'Added')")) {
            closure.setLong(1, pair.domainId());
            closure.setLong(2, pair.groupId());
            closure.executeUpdate();
            contacts.setLong(1, pair.groupId());
            contacts.setLong(2, pair.domainId());
            contacts.setLong(3, pair.domainId());
            contacts.executeUpdate();
        }
    }

    /**
     * For every domain: its domain group and the groups linked to its organisation, the same for every
     * descendant domain (head office sees all branches), then every group nested below those.
     */
    private static Set<Pair> computeClosure(Connection connection, Map<Long, Long> domainGroups) throws SQLException {
        Map<Long, List<Long>> childDomains = new HashMap<>();
        Map<Long, Set<Long>> ownGroups = new HashMap<>();
        Map<Long, List<Long>> childGroups = new HashMap<>();
        List<Long> domains = new java.util.ArrayList<>();
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, parent_id FROM civicrm_domain")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    domains.add(id);
                    long parent = rs.getLong(2);
                    if (!rs.wasNull()) {
                        childDomains.computeIfAbsent(parent, k -> new java.util.ArrayList<>()).add(id);
                    }
                }
            }
            domainGroups.forEach((domain, group) -> ownGroups.computeIfAbsent(domain, k -> new HashSet<>()).add(group));
            try (ResultSet rs = s.executeQuery("SELECT d.id, go.group_id FROM civicrm_domain d"
                    + " JOIN civicrm_group_organization go ON go.organization_id = d.contact_id")) {
                while (rs.next()) {
                    ownGroups.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT parent_group_id, child_group_id FROM civicrm_group_nesting")) {
                while (rs.next()) {
                    childGroups.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2));
                }
            }
        }
        Set<Pair> closure = new HashSet<>();
        for (long domain : domains) {
            Set<Long> groups = new HashSet<>();
            Deque<Long> domainQueue = new ArrayDeque<>(List.of(domain));
            Set<Long> seenDomains = new HashSet<>();
            while (!domainQueue.isEmpty()) {
                long d = domainQueue.pop();
                if (seenDomains.add(d)) {
                    groups.addAll(ownGroups.getOrDefault(d, Set.of()));
                    domainQueue.addAll(childDomains.getOrDefault(d, List.of()));
                }
            }
            Deque<Long> groupQueue = new ArrayDeque<>(groups);
            while (!groupQueue.isEmpty()) {
                for (long child : childGroups.getOrDefault(groupQueue.pop(), List.of())) {
                    if (groups.add(child)) {
                        groupQueue.push(child);
                    }
                }
            }
            groups.forEach(g -> closure.add(new Pair(domain, g)));
        }
        return closure;
    }

    /** Each domain's effective {@code domain_group_id}: an override file may point a domain at another group. */
    private Map<Long, Long> domainGroups() {
        Map<Long, Long> groups = new HashMap<>();
        settings.onEveryDomain(StoredSettings.DOMAIN_GROUP_ID).forEach((domain, value) ->
                EffectiveSettings.asLong(value).filter(g -> g > 0).ifPresent(g -> groups.put(domain, g)));
        return groups;
    }

    /** The groups of a domain's site tree. */
    @Transactional
    public Set<Long> groupsOf(long domainId) {
        Set<Long> groups = new HashSet<>();
        try (PreparedStatement s = em.unwrap(Connection.class).prepareStatement(
                "SELECT group_id FROM crm_domain_group_closure WHERE viewer_domain_id = ?")) {
            s.setLong(1, domainId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    groups.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the site tree of domain " + domainId, e);
        }
        return groups;
    }

    private record Pair(long domainId, long groupId) {
    }
}
