package org.multisitecrm.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.security.Permission;
import org.multisitecrm.security.audit.Refusals;

import java.util.List;

/**
 * Contacts as the back office and the API handle them. Who sees and edits what is enforced below this
 * class, by the visibility criteria and the edit guard; this class adds CiviCRM's behaviour: a new
 * contact is announced ({@link ContactCreated}, on which its domain's group hard-adds it), delete moves
 * to the trash, restore brings it back.
 */
@ApplicationScoped
public class ContactService {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private Event<ContactCreated> created;

    @Inject
    private Event<EmployerChanged> employerChanged;

    @Inject
    private Greetings greetings;

    @Inject
    private org.multisitecrm.catalog.OptionSource options;

    @Transactional
    public Contact create(ContactType type, ContactName name) {
        if (type == null) {
            throw new InvalidInput("contact_type", "one of Individual, Organization, Household");
        }
        Contact contact = Contact.of(type, name);
        contact.restyle(null, null, greetings.table());
        em.persist(contact);
        em.flush();
        created.fire(new ContactCreated(contact.getId()));
        return contact;
    }

    /** A contact the caller may see; another domain's contact is "not found", and the attempt audited. */
    @Transactional
    public Contact get(long id) {
        Contact contact = em.find(Contact.class, id);
        if (contact == null) {
            // counted, not loaded: a loaded row would stay in the persistence context, where a later find
            // in the same transaction (after a caller caught this NotFound) would hand it out
            boolean exists = Caller.system("checking whether a refused contact exists").call(() -> em.createQuery(
                    "SELECT COUNT(c) FROM Contact c WHERE c.id = :id", Long.class).setParameter("id", id).getSingleResult() > 0);
            if (exists) {
                Refusals.recordHidden("Contact", id, "get", "contact " + id + " is outside what " + Caller.require() + " may see");
            }
            throw new NotFound("Contact", id);
        }
        return contact;
    }

    @Transactional
    public Contact rename(long id, ContactName name) {
        Contact contact = get(id);
        contact.rename(name);
        em.flush();
        restyle(contact);
        return contact;
    }

    /** Writes what is pending now, so a refusal of the write is its own, not a later query's. */
    @Transactional
    public void flush() {
        em.flush();
    }

    /**
     * Checks and derives what follows from a contact's fields once they are written: its subtypes must be
     * subtypes of its type, and its display name and greetings are derived again.
     */
    @Transactional
    public Contact restyle(Contact contact) {
        requireSubTypes(contact);
        contact.restyle(optionLabel("individual_prefix", contact.getPrefixId()), optionLabel("individual_suffix", contact.getSuffixId()),
                greetings.table());
        em.flush();
        return contact;
    }

    /**
     * CiviCRM's current employer: an organisation the caller sees, for an individual. The "Employee of"
     * relationship follows ({@link EmployerChanged}); null clears it.
     */
    @Transactional
    public void setEmployer(long id, Long employerId) {
        Contact contact = get(id);
        Long former = contact.getEmployerId();
        if (java.util.Objects.equals(former, employerId)) {
            return;
        }
        if (employerId != null) {
            if (contact.getContactType() != ContactType.Individual) {
                throw new InvalidInput("employer_id", "only an individual has an employer, not an " + contact.getContactType());
            }
            Contact employer = em.find(Contact.class, employerId);
            if (employer == null) {
                throw new InvalidInput("employer_id", "no Contact has id " + employerId);
            }
            if (employer.getContactType() != ContactType.Organization) {
                throw new InvalidInput("employer_id", "an employer is an Organization, not an " + employer.getContactType());
            }
        }
        contact.recordEmployer(employerId);
        em.flush();
        employerChanged.fire(new EmployerChanged(id, former, employerId));
    }

    private void requireSubTypes(Contact contact) {
        String subTypes = contact.getContactSubType();
        if (subTypes == null || subTypes.isBlank()) {
            return;
        }
        List<String> names;
        try (var reader = org.multisitecrm.infrastructure.json.Jsons.JSON.createReader(new java.io.StringReader(subTypes))) {
            names = reader.readArray().stream().map(v -> v instanceof jakarta.json.JsonString s ? s.getString() : v.toString()).toList();
        } catch (jakarta.json.JsonException | ClassCastException e) {
            throw new InvalidInput("contact_sub_type", "is a list of contact subtype names");
        }
        List<String> offered = em.createQuery("SELECT k.name FROM ContactKind k, ContactKind p WHERE k.parentId = p.id"
                        + " AND p.name = :type AND k.isActive = TRUE ORDER BY k.name", String.class)
                .setParameter("type", contact.getContactType().name()).getResultList();
        for (String name : names) {
            if (!offered.contains(name)) {
                throw new InvalidInput("contact_sub_type", "'" + name + "' is not a subtype of " + contact.getContactType() + " " + offered);
            }
        }
    }

    private String optionLabel(String group, Integer value) {
        return value == null ? null : options.options(group).get(String.valueOf(value));
    }

    /** CiviCRM's delete: to the trash unless {@code useTrash} is false, which needs 'delete contacts'. */
    @Transactional
    public void delete(long id, boolean useTrash) {
        Contact contact = get(id);
        if (useTrash) {
            contact.moveToTrash();
        } else {
            em.remove(contact);
        }
        em.flush();
    }

    /** Brings a contact back from the trash; trashed contacts are seen only with 'access deleted contacts'. */
    @Transactional
    public Contact restore(long id) {
        Contact contact = get(id);
        if (!contact.isDeleted()) {
            throw new InvalidInput("is_deleted", "contact " + id + " is not in the trash");
        }
        if (!Caller.require().has(Permission.ACCESS_DELETED_CONTACTS)) {
            throw Refusals.refuse("Contact", id, "restore", "restoring needs 'access deleted contacts'");
        }
        contact.restoreFromTrash();
        em.flush();
        return contact;
    }

    @Transactional
    public Email addEmail(long contactId, long locationTypeId, String address, boolean isPrimary) {
        get(contactId);
        requireLocationType(locationTypeId);
        Email email = new Email(contactId, locationTypeId, address == null ? null : address.trim(), isPrimary);
        em.persist(email);
        em.flush();
        return email;
    }

    @Transactional
    public Address addAddress(long contactId, long locationTypeId, String street, String city, String postalCode, boolean isPrimary) {
        get(contactId);
        requireLength("street_address", street, 96);
        requireLength("city", city, 64);
        requireLength("postal_code", postalCode, 64);
        requireLocationType(locationTypeId);
        Address address = new Address(contactId, locationTypeId, street, city, postalCode, isPrimary);
        em.persist(address);
        em.flush();
        return address;
    }

    /** A contact's emails, as far as the caller sees the contact (none otherwise). */
    @Transactional
    public List<Email> emails(long contactId) {
        return em.createQuery("SELECT e FROM Email e WHERE e.contactId = :c ORDER BY e.isPrimary DESC, e.id", Email.class)
                .setParameter("c", contactId).getResultList();
    }

    /** One page of the contacts the caller sees, by sort name. */
    @Transactional
    public List<Contact> page(int first, int size) {
        return em.createQuery("SELECT c FROM Contact c ORDER BY c.sortName, c.id", Contact.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Transactional
    public long countVisible() {
        return em.createQuery("SELECT COUNT(c) FROM Contact c", Long.class).getSingleResult();
    }

    private static void requireLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInput(field, "at most " + max + " characters");
        }
    }

    private void requireLocationType(long id) {
        if (em.find(LocationType.class, id) == null) {
            throw new InvalidInput("location_type_id", "no location type has id " + id);
        }
    }
}
