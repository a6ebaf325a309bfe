package org.multisitecrm.security.visibility;

import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.persistence.queries.DataReadQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.sessions.Session;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.Permission;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the caller may edit a contact, asked on the entity manager's own session so that it sees
 * the transaction's own writes. Editing needs more than seeing: 'edit all contacts', 'edit all
 * contacts in domain' over the site tree, an Edit ACL on a group of the site tree, a view-and-update relationship chain, or being
 * the contact. Contacts created in the same unit of work are editable by their creator.
 */
public final class ContactAccess {

    private static final String CREATED = "crmContactsCreatedHere";

    private ContactAccess() {
    }

    public static boolean canEdit(Session session, Caller caller, long contactId) {
        if (caller.isSystem() || caller.has(Permission.EDIT_ALL_CONTACTS)) {
            return true;
        }
        if (caller.contactId().filter(own -> own == contactId).isPresent() || createdHere(session).contains(contactId)) {
            return true;
        }
        if (caller.has(Permission.EDIT_ALL_CONTACTS_IN_DOMAIN) && caller.domainId().isPresent()
                && exists(session, "SELECT 1 FROM crm_contact_visibility WHERE viewer_domain_id = #d AND contact_id = #c",
                List.of("d", "c"), List.of(caller.domainId().get(), contactId))) {
            return true;
        }
        if (caller.contactId().isPresent()
                && exists(session, "SELECT 1 FROM crm_contact_grant WHERE grantee_contact_id = #g AND contact_id = #c AND can_edit = 1",
                List.of("g", "c"), List.of(caller.contactId().get(), contactId))) {
            return true;
        }
        return caller.contactId().isPresent() && caller.domainId().isPresent()
                && exists(session, "SELECT 1 FROM DUAL WHERE #c IN (" + AclGrants.grantedContacts(true)
                        .replaceFirst("\\?", "#me").replaceFirst("\\?", "#d") + ")",
                List.of("c", "me", "d"), List.of(contactId, caller.contactId().get(), caller.domainId().get()));
    }

    /** Remembers a contact the caller has just created in this transaction. */
    static void recordCreated(Session session, long contactId) {
        createdHere(session).add(contactId);
    }

    /** Kept with the JTA transaction (not the session, which may outlive it or be shared). */
    @SuppressWarnings("unchecked")
    private static Set<Long> createdHere(Session session) {
        TransactionSynchronizationRegistry registry = registry();
        if (registry.getTransactionKey() == null) {
            return new HashSet<>();
        }
        Object set = registry.getResource(CREATED);
        if (set == null) {
            set = new HashSet<Long>();
            registry.putResource(CREATED, set);
        }
        return (Set<Long>) set;
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            throw new IllegalStateException("No transaction registry: contacts are only written in transactions", e);
        }
    }

    private static boolean exists(Session session, String sql, List<String> names, List<Object> values) {
        DataReadQuery query = new DataReadQuery(new SQLCall(sql + " LIMIT 1"));
        query.setAllowNativeSQLQuery(true);
        names.forEach(query::addArgument);
        return !((List<?>) session.executeQuery(query, values)).isEmpty();
    }
}
