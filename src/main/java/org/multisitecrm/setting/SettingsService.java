package org.multisitecrm.setting;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.tenancy.DomainScope;
import org.multisitecrm.security.DomainWork;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import org.multisitecrm.infrastructure.validation.Conflict;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.Permission;
import org.multisitecrm.security.audit.Refusals;
import org.multisitecrm.tenancy.SiteDirectory;
import org.multisitecrm.tenancy.SiteTable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * Settings as people and integrations see them (APIv4's {@code Setting}, the back office): a branch
 * administrator reads and writes their own domain's settings; head office ('administer Multiple
 * Organizations') any domain's, {@code all} of them, and the head-office-only settings. Secrets are
 * masked for everyone else. A setting a file or variable overrides cannot be set or reverted (409).
 */
@ApplicationScoped
public class SettingsService {

    static final JsonValue MASK = JSON.createValue("********");

    @Inject
    private SettingCatalog catalog;
    @Inject
    private EffectiveSettings effective;
    @Inject
    private StoredSettings stored;
    @Inject
    private SiteDirectory sites;

    public Collection<SettingDefinition> definitions() {
        return catalog.all();
    }

    /** The named settings (all of them when {@code names} is empty) on the target domains. */
    public List<SettingRow> get(SettingTarget target, Collection<String> names) {
        Caller caller = Caller.require();
        require(caller, Permission.ACCESS_CIVICRM, "get", null);
        names.forEach(catalog::require);
        List<SettingRow> rows = new ArrayList<>();
        for (long domainId : domains(caller, target, "get")) {
            for (EffectiveSetting setting : effective.all(domainId)) {
                if (names.isEmpty() || names.contains(setting.name())) {
                    rows.add(row(caller, setting));
                }
            }
        }
        return rows;
    }

    /** Stores the values on the target domains, all or none. */
    @Transactional
    public List<SettingRow> set(SettingTarget target, Map<String, JsonValue> values) {
        Caller caller = Caller.require();
        require(caller, Permission.ADMINISTER_CIVICRM, "set", null);
        if (values.isEmpty()) {
            throw new InvalidInput("values", "name at least one setting to set");
        }
        List<SettingRow> rows = new ArrayList<>();
        for (long domainId : domains(caller, target, "set")) {
            for (Map.Entry<String, JsonValue> entry : values.entrySet()) {
                EffectiveSetting before = writable(caller, domainId, entry.getKey(), "set");
                SettingDefinition definition = before.definition();
                JsonValue value;
                try {
                    value = definition.fromJson(SecretMembers.keepMasked(definition, entry.getValue(), before.value(), MASK));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInput(definition.name(), e.getMessage());
                }
                DomainWork.run(domainId, "setting " + definition.name() + " for " + caller, () -> stored.put(definition.name(), value.toString()));
                EffectiveSetting after = effective.get(domainId, definition.name());
                effective.afterChange(definition, domainId, before.value(), after.value());
                rows.add(row(caller, after));
            }
        }
        return rows;
    }

    /** Forgets the stored values, so the defaults apply again. */
    @Transactional
    public List<SettingRow> revert(SettingTarget target, Collection<String> names) {
        Caller caller = Caller.require();
        require(caller, Permission.ADMINISTER_CIVICRM, "revert", null);
        if (names.isEmpty()) {
            throw new InvalidInput("select", "name at least one setting to revert");
        }
        List<SettingRow> rows = new ArrayList<>();
        for (long domainId : domains(caller, target, "revert")) {
            for (String name : names) {
                EffectiveSetting before = writable(caller, domainId, name, "revert");
                DomainWork.run(domainId, "reverting " + name + " for " + caller, () -> stored.remove(name));
                EffectiveSetting after = effective.get(domainId, name);
                effective.afterChange(before.definition(), domainId, before.value(), after.value());
                rows.add(row(caller, after));
            }
        }
        return rows;
    }

    private EffectiveSetting writable(Caller caller, long domainId, String name, String action) {
        SettingDefinition definition = catalog.require(name);
        if (definition.constant()) {
            throw new Conflict("Cannot " + action + " " + name + ": it is a constant, set only by a settings file or "
                    + "the environment");
        }
        if (definition.scope() != SettingScope.DOMAIN) {
            throw new InvalidInput("name", name + " is a per-contact setting");
        }
        if (definition.headOfficeOnly()) {
            require(caller, Permission.ADMINISTER_MULTIPLE_ORGANIZATIONS, action, name + " is changed by head office only");
        }
        EffectiveSetting current = effective.get(domainId, name);
        if (current.isOverridden()) {
            throw new SettingOverridden(action, current);
        }
        return current;
    }

    private List<Long> domains(Caller caller, SettingTarget target, String action) {
        SiteTable table = sites.table();
        if (target instanceof SettingTarget.OneDomain one) {
            if (table.domain(one.domainId()).isEmpty()) {
                throw new InvalidInput("domainId", "no domain has id " + one.domainId());
            }
            if (!caller.isSystem() && caller.domainId().filter(id -> id == one.domainId()).isEmpty()) {
                require(caller, Permission.ADMINISTER_MULTIPLE_ORGANIZATIONS, action,
                        "another domain's settings are for head office only");
            }
            return List.of(one.domainId());
        }
        if (target instanceof SettingTarget.AllDomains) {
            require(caller, Permission.ADMINISTER_MULTIPLE_ORGANIZATIONS, action, "domainId 'all' is for head office only");
            return table.domains().stream().map(SiteTable.DomainRow::id).sorted().toList();
        }
        return List.of(caller.domainId()
                .or(() -> DomainScope.current().filter(s -> !s.isAllDomains()).map(DomainScope::domainId))
                .orElseThrow(() -> new InvalidInput("domainId", "name a domain")));
    }

    private static void require(Caller caller, Permission permission, String action, String reason) {
        if (!caller.isSystem() && !caller.has(permission)) {
            throw Refusals.refuse("Setting", null, action, reason == null ? "needs '" + permission.label() + "'" : reason);
        }
    }

    private static SettingRow row(Caller caller, EffectiveSetting setting) {
        boolean seesSecrets = caller.isSystem() || caller.has(Permission.ADMINISTER_MULTIPLE_ORGANIZATIONS);
        boolean mask = setting.definition().secret() && !seesSecrets && hasContent(setting.value());
        JsonValue value = mask ? MASK : setting.value();
        if (!seesSecrets) {
            value = SecretMembers.masked(setting.definition(), value, MASK);
        }
        return new SettingRow(setting.name(), value, setting.domainId(), setting.source(), mask || value != setting.value());
    }

    private static boolean hasContent(JsonValue value) {
        return value != null && value != JsonValue.NULL && !(value instanceof JsonString s && s.getString().isEmpty());
    }
}
