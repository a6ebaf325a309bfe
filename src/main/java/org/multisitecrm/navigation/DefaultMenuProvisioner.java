package org.multisitecrm.navigation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.tenancy.Domain;
import org.multisitecrm.tenancy.DomainProvisioner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every domain CiviCRM's top-level back-office menu. Entries are matched by name, so an entry
 * added here in a later release reaches every existing domain at the next start, and an entry a
 * domain relabelled keeps its label.
 */
@ApplicationScoped
public class DefaultMenuProvisioner implements DomainProvisioner {

    private record Entry(String name, String label, String url, String permission, String parent, int weight) {
    }

    private static final List<Entry> DEFAULT_MENU = List.of(
            new Entry("Search", "Search", null, "access CiviCRM", null, 1),
            new Entry("Find Contacts", "Find Contacts", "civicrm/contact/search?reset=1", "access CiviCRM", "Search", 1),
            new Entry("Contacts", "Contacts", null, "access CiviCRM", null, 2),
            new Entry("New Individual", "New Individual", "civicrm/contact/add?reset=1&ct=Individual", "access CiviCRM", "Contacts", 1),
            new Entry("New Organization", "New Organization", "civicrm/contact/add?reset=1&ct=Organization", "access CiviCRM", "Contacts", 2),
            new Entry("Manage Groups", "Manage Groups", "civicrm/group?reset=1", "access CiviCRM", "Contacts", 3),
            new Entry("Memberships", "Memberships", null, "access CiviMember", null, 3),
            new Entry("Membership Dashboard", "Dashboard", "civicrm/member?reset=1", "access CiviMember", "Memberships", 1),
            new Entry("Mailings", "Mailings", null, "access CiviMail", null, 4),
            new Entry("Scheduled and Sent Mailings", "Scheduled and Sent Mailings", "civicrm/mailing/browse?reset=1", "access CiviMail",
                    "Mailings", 1),
            new Entry("New Mailing", "New Mailing", "civicrm/mailing/send?reset=1", "access CiviMail", "Mailings", 2),
            new Entry("Reports", "Reports", null, "access CiviCRM", null, 8),
            new Entry("Reports Listing", "Reports Listing", "civicrm/report/list?reset=1", "access CiviCRM", "Reports", 1),
            new Entry("Administer", "Administer", null, "administer CiviCRM", null, 9),
            new Entry("Administration Console", "Administration Console", "civicrm/admin?reset=1", "administer CiviCRM", "Administer", 1),
            new Entry("Settings", "Settings", "civicrm/admin/setting?reset=1", "administer CiviCRM", "Administer", 2),
            new Entry("Access Audit", "Access Audit", "civicrm/admin/audit?reset=1", "view audit log,administer Multiple Organizations",
                    "Administer", 3),
            new Entry("Users and Permissions", "Users and Permissions", "civicrm/admin/user?reset=1", "cms:administer users",
                    "Administer", 4),
            new Entry("Membership Types", "Membership Types", "civicrm/admin/member/membershipType?reset=1", "administer CiviCRM",
                    "Administer", 5),
            new Entry("System Status", "System Status", "civicrm/a/#/status", "administer CiviCRM", "Administer", 6),
            new Entry("Scheduled Jobs", "Scheduled Jobs", "civicrm/admin/job?reset=1", "administer CiviCRM", "Administer", 7),
            new Entry("Navigation Menu", "Navigation Menu", "civicrm/admin/menu?reset=1", "administer CiviCRM", "Administer", 8));

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public void provision(Domain domain) {
        Map<String, Navigation> existing = new HashMap<>();
        em.createQuery("SELECT n FROM Navigation n", Navigation.class).getResultList()
                .forEach(n -> existing.put(n.getName(), n));
        for (Entry entry : DEFAULT_MENU) {
            if (existing.containsKey(entry.name())) {
                continue;
            }
            Navigation parent = entry.parent() == null ? null : existing.get(entry.parent());
            Navigation item = new Navigation(entry.name(), entry.label(), entry.url(), entry.permission(), parent, entry.weight());
            em.persist(item);
            existing.put(entry.name(), item);
        }
    }
}
