package org.multisitecrm.setting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** The bound domain's stored setting values (JSON text), as CiviCRM's {@code civicrm_setting}. */
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

    @Transactional
    public boolean isTrue(String name) {
        return json(name).map(v -> v.equals("true") || v.equals("1") || v.equals("\"1\"")).orElse(false);
    }

    @Transactional
    public void put(String name, String json) {
        find(name).ifPresentOrElse(s -> s.setValue(json), () -> em.persist(new Setting(name, json)));
        em.flush();
    }

    private Optional<Setting> find(String name) {
        return em.createQuery("SELECT s FROM Setting s WHERE s.name = :n AND s.contactId IS NULL", Setting.class)
                .setParameter("n", name).getResultStream().findFirst();
    }
}
