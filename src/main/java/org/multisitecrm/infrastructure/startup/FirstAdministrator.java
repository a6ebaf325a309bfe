package org.multisitecrm.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.security.DomainWork;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.multisitecrm.contact.ContactName;
import org.multisitecrm.contact.ContactService;
import org.multisitecrm.contact.ContactType;
import org.multisitecrm.administration.RoleGrants;
import org.multisitecrm.security.UserAccount;
import org.multisitecrm.security.UserService;
import org.multisitecrm.tenancy.Domain;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A database without any login gets its first administrator from {@code CRM_ADMIN_USER} and
 * {@code CRM_ADMIN_PASSWORD} (administrator on every domain), or the start is refused: an operator
 * on an external database must be able to sign in.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private UserService users;

    @Inject
    private RoleGrants roles;

    @Inject
    private ContactService contacts;

    @Inject
    @ConfigProperty(name = "crm.admin.user")
    private Optional<String> username;

    @Inject
    @ConfigProperty(name = "crm.admin.password")
    private Optional<String> password;

    @Transactional
    public void ensure() {
        if (users.count() > 0) {
            return;
        }
        if (username.isEmpty() || password.isEmpty() || password.get().length() < 8) {
            throw new IllegalStateException("Refusing to start: no login exists yet. Set CRM_ADMIN_USER and CRM_ADMIN_PASSWORD"
                    + " (at least 8 characters) to create the first administrator, or CRM_DEMO=true for the demo users.");
        }
        UserAccount admin = users.create(username.get(), password.get().toCharArray());
        List<Domain> domains = em.createQuery("SELECT d FROM Domain d ORDER BY d.id", Domain.class).getResultList();
        long contactId = DomainWork.call(domains.get(0).getId(), "the first administrator's contact", () ->
                contacts.create(ContactType.Individual, new ContactName(null, username.get(), null)).getId());
        for (Domain domain : domains) {
            roles.grant(admin.getId(), domain.getId(), "administrator");
            roles.match(admin.getId(), domain.getId(), contactId);
        }
        LOG.info(() -> "Created the first administrator '" + username.get() + "' on " + domains.size() + " domain(s)");
    }
}
