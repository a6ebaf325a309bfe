package org.multisitecrm.setting;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.security.DomainWork;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.multisitecrm.security.Caller;
import org.multisitecrm.setting.override.DomainFile;
import org.multisitecrm.setting.override.EnvironmentOverrides;
import org.multisitecrm.setting.override.OverrideFolder;
import org.multisitecrm.setting.override.OverrideSnapshot;
import org.multisitecrm.setting.override.OverridesReloaded;
import org.multisitecrm.tenancy.DomainScope;
import org.multisitecrm.tenancy.SiteDirectory;
import org.multisitecrm.tenancy.SiteTable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The value of each setting as the server uses it, and where it comes from. Precedence, lowest to
 * highest: metadata default, database, {@code all.properties}, the domain's own file,
 * {@code CRM_SETTING_<name>}. No permission checks here: this is what the server's own code reads;
 * people and integrations go through {@link SettingsService}.
 */
@ApplicationScoped
public class EffectiveSettings {

    private static final Logger LOG = Logger.getLogger(EffectiveSettings.class.getName());

    @Inject
    private SettingCatalog catalog;
    @Inject
    private StoredSettings stored;
    @Inject
    private OverrideFolder overrides;
    @Inject
    private SiteDirectory sites;
    @Inject
    private Instance<SettingChangeHook> hooks;

    /** One setting on one domain. */
    public EffectiveSetting get(long domainId, String name) {
        SettingDefinition definition = catalog.require(name);
        String storedJson = DomainWork.call(domainId, "reading setting " + name, () -> stored.json(name)).orElse(null);
        return resolve(definition, domainId, storedJson, overrides.snapshot());
    }

    /** Every setting on one domain, in name order. */
    public List<EffectiveSetting> all(long domainId) {
        Map<String, String> storedValues = DomainWork.call(domainId, "reading settings", stored::all);
        OverrideSnapshot snapshot = overrides.snapshot();
        return catalog.all().stream()
                .map(d -> resolve(d, domainId, storedValues.get(d.name()), snapshot))
                .toList();
    }

    /** One setting's value on every domain, by domain id. */
    public Map<Long, JsonValue> onEveryDomain(String name) {
        SettingDefinition definition = catalog.require(name);
        Map<Long, String> storedValues = stored.onEveryDomain(name);
        OverrideSnapshot snapshot = overrides.snapshot();
        Map<Long, JsonValue> values = new HashMap<>();
        for (SiteTable.DomainRow domain : sites.table().domains()) {
            values.put(domain.id(), resolve(definition, domain.id(), storedValues.get(domain.id()), snapshot).value());
        }
        return values;
    }

    /** The bound domain's value of a boolean setting. */
    public boolean isTrue(String name) {
        return get(DomainScope.require().domainId(), name).value() == JsonValue.TRUE;
    }

    /** The bound domain's value of a whole-number setting, if it has one. */
    public Optional<Long> longValue(String name) {
        return asLong(get(DomainScope.require().domainId(), name).value());
    }

    /** The bound domain's value of a text setting, if it has one. */
    public Optional<String> textValue(String name) {
        return get(DomainScope.require().domainId(), name).value() instanceof JsonString text && !text.getString().isBlank()
                ? Optional.of(text.getString()) : Optional.empty();
    }

    public static Optional<Long> asLong(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return Optional.of(number.longValue());
        }
        if (value instanceof JsonString text && text.getString().matches("\\d+")) {
            return Optional.of(Long.parseLong(text.getString()));
        }
        return Optional.empty();
    }

    EffectiveSetting resolve(SettingDefinition definition, long domainId, String storedJson, OverrideSnapshot snapshot) {
        String name = definition.name();
        JsonValue storedValue = parseStored(definition, domainId, storedJson);
        EnvironmentOverrides environment = overrides.environment();
        Optional<JsonValue> fromEnvironment = environment.value(name);
        if (fromEnvironment.isPresent()) {
            return new EffectiveSetting(definition, domainId, fromEnvironment.get(),
                    SettingSource.environment(EnvironmentOverrides.variableFor(name)), storedValue);
        }
        Optional<DomainFile> domainFile = overrides.domainFile(snapshot, domainId);
        if (domainFile.isPresent() && domainFile.get().file().value(name).isPresent()) {
            return new EffectiveSetting(definition, domainId, domainFile.get().file().value(name).get(),
                    SettingSource.file(SettingSource.Kind.DOMAIN_FILE, domainFile.get().file().label(), domainFile.get().warning()),
                    storedValue);
        }
        Optional<JsonValue> fromAll = snapshot.allDomains().flatMap(f -> f.value(name));
        if (fromAll.isPresent()) {
            return new EffectiveSetting(definition, domainId, fromAll.get(),
                    SettingSource.file(SettingSource.Kind.ALL_DOMAINS_FILE, snapshot.allDomains().get().label(), null),
                    storedValue);
        }
        if (storedValue != null) {
            return new EffectiveSetting(definition, domainId, storedValue, SettingSource.DATABASE, storedValue);
        }
        return new EffectiveSetting(definition, domainId, definition.defaultValue(), SettingSource.DEFAULT, null);
    }

    private static JsonValue parseStored(SettingDefinition definition, long domainId, String json) {
        if (json == null) {
            return null;
        }
        try {
            return definition.fromJson(SettingType.parseJson(json));
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Stored value of " + definition.name() + " on domain " + domainId + " is unusable ("
                    + e.getMessage() + "); the next layer applies");
            return null;
        }
    }

    /** Runs the definition's hook if the effective value changed; the caller decides the transaction. */
    void afterChange(SettingDefinition definition, long domainId, JsonValue before, JsonValue after) {
        if (Objects.equals(before, after) || definition.changeHook().isEmpty()) {
            return;
        }
        SettingChangeHook hook = hooks.select(definition.changeHook().get()).get();
        SettingChangeHook.SettingChange change = new SettingChangeHook.SettingChange(definition.name(), domainId,
                String.valueOf(before), String.valueOf(after));
        DomainWork.run(domainId, "setting " + definition.name() + " changed", () -> hook.changed(change));
    }

    void onOverridesReloaded(@Observes OverridesReloaded reload) {
        for (SettingDefinition definition : catalog.all()) {
            if (definition.changeHook().isEmpty()) {
                continue;
            }
            Map<Long, String> storedValues = Caller.system("comparing overrides").call(() -> stored.onEveryDomain(definition.name()));
            for (SiteTable.DomainRow domain : sites.table().domains()) {
                String json = storedValues.get(domain.id());
                JsonValue before = resolve(definition, domain.id(), json, reload.before()).value();
                JsonValue after = resolve(definition, domain.id(), json, reload.after()).value();
                try {
                    afterChange(definition, domain.id(), before, after);
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "Hook of " + definition.name() + " failed on domain " + domain.id(), e);
                }
            }
        }
    }
}
