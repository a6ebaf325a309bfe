package org.multisitecrm.web.setting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.Permission;
import org.multisitecrm.setting.SettingDefinition;
import org.multisitecrm.setting.SettingRow;
import org.multisitecrm.setting.SettingScope;
import org.multisitecrm.setting.SettingTarget;
import org.multisitecrm.setting.SettingsService;
import org.multisitecrm.web.record.FacesMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The settings of this site's domain. Each line is set or reverted on its own through
 * {@link SettingsService}, which decides (the API's 403s and 409s); the page only says beforehand
 * which lines the user cannot change and why, naming the overriding file or variable.
 */
@Named("settingsPage")
@ViewScoped
public class SettingsView implements Serializable {

    @Inject
    private SettingsService settings;

    private List<SettingLine> lines;

    @PostConstruct
    void load() {
        Caller caller = Caller.require();
        Map<String, SettingDefinition> definitions = settings.definitions().stream()
                .collect(Collectors.toMap(SettingDefinition::name, Function.identity()));
        lines = settings.get(SettingTarget.current(), List.of()).stream()
                .filter(row -> definitions.get(row.name()).scope() == SettingScope.DOMAIN)
                .map(row -> new SettingLine(definitions.get(row.name()), row, lockedBecause(caller, definitions.get(row.name()), row)))
                .sorted(java.util.Comparator.comparing(SettingLine::getTitle, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static String lockedBecause(Caller caller, SettingDefinition definition, SettingRow row) {
        if (row.source().kind().overrides()) {
            return "Set by " + row.source().describe();
        }
        if (definition.constant()) {
            return "A constant: set only by a settings file or the environment";
        }
        if (row.masked()) {
            return "A secret: shown and changed on this page by head office only";
        }
        if (definition.headOfficeOnly() && !caller.has(Permission.ADMINISTER_MULTIPLE_ORGANIZATIONS)) {
            return "Changed by head office only";
        }
        if (!caller.has(Permission.ADMINISTER_CIVICRM)) {
            return "Changed by the domain's administrators ('administer CiviCRM')";
        }
        return null;
    }

    public void save(SettingLine line) {
        try {
            SettingDefinition definition = settings.definitions().stream().filter(d -> d.name().equals(line.getName()))
                    .findFirst().orElseThrow();
            jakarta.json.JsonValue value;
            try {
                value = definition.fromText(line.getValue() == null ? "" : line.getValue());
            } catch (IllegalArgumentException e) {
                throw new InvalidInput(line.getName(), e.getMessage());
            }
            settings.set(SettingTarget.current(), Map.of(line.getName(), value));
        } catch (RuntimeException e) {
            if (!FacesMessages.show(e, "settings")) {
                throw e;
            }
            return;
        }
        load();
        FacesMessages.global(FacesMessage.SEVERITY_INFO, line.getTitle() + " saved");
    }

    public void revert(SettingLine line) {
        try {
            settings.revert(SettingTarget.current(), List.of(line.getName()));
        } catch (RuntimeException e) {
            if (!FacesMessages.show(e, "settings")) {
                throw e;
            }
            return;
        }
        load();
        FacesMessages.global(FacesMessage.SEVERITY_INFO, line.getTitle() + " back to its default");
    }

    public List<SettingLine> getLines() {
        return lines;
    }
}
