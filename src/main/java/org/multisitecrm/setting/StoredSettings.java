package org.multisitecrm.setting;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.tenancy.DomainScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The database layer of settings, as CiviCRM's {@code civicrm_setting}: JSON text per (domain, name),
 * for the bound domain. What code should read is the effective value ({@link EffectiveSettings}),
 * which puts the override files and the environment above this.
 */
@ApplicationScoped
public class StoredSettings {

    public static final String DOMAIN_GROUP_ID = "domain_group_id";
    public static final String MULTISITE_IS_ENABLED = "multisite_is_enabled";

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Transactional
    public Optional<String> json(String name) {
        return find(name).map(Setting::getValue);
    }

    @Transactional
    public Optional<Long> longValue(String name) {
        return json(name).filter(v -> !v.equals("null") && !v.isBlank()).map(v -> Long.parseLong(v.replace("\"", "")));
    }

    /** Every stored domain-level value of the bound domain, by name. */
    @Transactional
    public Map<String, String> all() {
        Map<String, String> values = new HashMap<>();
        em.createQuery("SELECT s FROM Setting s WHERE s.contactId IS NULL", Setting.class).getResultStream()
                .forEach(s -> values.put(s.getName(), s.getValue()));
        return values;
    }

    /** One setting's stored value on every domain that has one, by domain id. */
    @Transactional
    public Map<Long, String> onEveryDomain(String name) {
        Map<Long, String> values = new HashMap<>();
        DomainScope.allDomains("reading setting " + name + " of every domain").run(() ->
                em.createQuery("SELECT s FROM Setting s WHERE s.name = :n AND s.contactId IS NULL", Setting.class)
                        .setParameter("n", name).getResultStream()
                        .forEach(s -> values.put(s.getDomainId(), s.getValue())));
        return values;
    }

    @Transactional
    public void put(String name, String json) {
        find(name).ifPresentOrElse(s -> s.setValue(json), () -> em.persist(new Setting(name, json)));
        em.flush();
    }

    /** Forgets the bound domain's stored value, so the default (or an override) applies again. */
    @Transactional
    public boolean remove(String name) {
        Optional<Setting> stored = find(name);
        stored.ifPresent(em::remove);
        em.flush();
        return stored.isPresent();
    }

    private Optional<Setting> find(String name) {
        return em.createQuery("SELECT s FROM Setting s WHERE s.name = :n AND s.contactId IS NULL", Setting.class)
                .setParameter("n", name).getResultStream().findFirst();
    }
}
