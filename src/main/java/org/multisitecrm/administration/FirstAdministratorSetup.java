package org.multisitecrm.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.contact.ContactName;
import org.multisitecrm.contact.ContactService;
import org.multisitecrm.contact.ContactType;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.DomainWork;
import org.multisitecrm.security.UserAccount;
import org.multisitecrm.security.UserService;
import org.multisitecrm.tenancy.Domain;

/**
 * Gives a domain being created its first administrator, inside the creation's transaction: the person
 * as a contact of the new domain (hard-added to its domain group, so the domain sees them), the login,
 * the domain's administrator role and the match between them. A refusal names the {@code administrator_}
 * field at fault, and undoes the whole domain.
 */
@ApplicationScoped
class FirstAdministratorSetup {

    @Inject
    private UserService users;
    @Inject
    private RoleGrants grants;
    @Inject
    private ContactService contacts;

    void create(Domain domain, FirstAdministrator administrator) {
        UserAccount login;
        try {
            login = users.create(administrator.username(), administrator.password());
        } catch (InvalidInput e) {
            String field = e.field().equals("username") ? FirstAdministrator.USERNAME : FirstAdministrator.PASSWORD;
            throw new InvalidInput(field, e.getMessage().substring(e.field().length() + 2));
        }
        long contactId = DomainWork.call(domain.getId(), "first administrator of " + domain.getName(), () -> {
            Contact person = contacts.create(ContactType.Individual,
                    new ContactName(administrator.firstName(), administrator.lastNameOrUsername(), null));
            if (administrator.email() != null && !administrator.email().isBlank()) {
                contacts.addEmail(person.getId(), 1, administrator.email(), true);
            }
            return person.getId();
        });
        grants.grantFirstRole(login.getId(), domain.getId(), FirstAdministrator.ROLE);
        // the new contact is the new domain's: an independent domain's is not one head office sees
        DomainWork.run(domain.getId(), "first administrator of " + domain.getName(),
                () -> grants.match(login.getId(), domain.getId(), contactId));
    }
}
