package org.multisitecrm.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.GeneratedIdEntity;
import org.multisitecrm.contact.Contact;

/**
 * A domain as CiviCRM's {@code civicrm_domain}: one organisation sharing this instance, with its own
 * organisation contact, plus the parent that places it in the head office / branch tree.
 */
@Entity
@Table(name = "civicrm_domain")
public class Domain extends GeneratedIdEntity {

    @Column(nullable = false, unique = true, length = 64)
    private String name;

    private String description;

    private String version;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    private String locales;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Domain parent;

    protected Domain() {
    }

    /**
     * The name of this domain's settings override file without {@code .properties}: the name in lower
     * case with spaces as hyphens ({@code branch-north} for Branch North).
     */
    public static String fileStem(String name) {
        return name.trim().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    public Domain(String name, String description, String version, Domain parent) {
        this.name = name;
        this.description = description;
        this.version = version;
        this.parent = parent;
    }

    public String getName() {
        return name;
    }

    /** The name as given; {@code administration.DomainService} checks it is valid and unused, and who may change it. */
    public void rename(String newName) {
        this.name = newName;
    }

    /** Under another parent; {@code administration.DomainService} refuses a cycle and moves what follows the tree. */
    public void moveUnder(Domain newParent) {
        this.parent = newParent;
    }

    public void describe(String description) {
        this.description = description;
    }

    public String getDescription() {
        return description;
    }

    public String getVersion() {
        return version;
    }

    public Contact getContact() {
        return contact;
    }

    public void setContact(Contact contact) {
        this.contact = contact;
    }

    public String getLocales() {
        return locales;
    }

    public Domain getParent() {
        return parent;
    }
}
