package org.multisitecrm.setting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every setting the server knows, by name; an unknown name is a client error naming it. */
@ApplicationScoped
public class SettingCatalog {

    private Map<String, SettingDefinition> definitions;

    @Inject
    void collect(Instance<SettingContributor> contributors) {
        definitions = Collections.unmodifiableMap(index(contributors.stream().flatMap(c -> c.settings().stream()).toList()));
    }

    /** For code outside CDI (tests, tools): a catalogue of the given definitions. */
    public static SettingCatalog of(Collection<SettingDefinition> definitions) {
        SettingCatalog catalog = new SettingCatalog();
        catalog.definitions = Collections.unmodifiableMap(index(definitions));
        return catalog;
    }

    private static Map<String, SettingDefinition> index(Collection<SettingDefinition> all) {
        Map<String, SettingDefinition> byName = new TreeMap<>();
        for (SettingDefinition definition : all) {
            if (byName.put(definition.name(), definition) != null) {
                throw new IllegalStateException("Setting '" + definition.name() + "' is defined twice");
            }
        }
        return new LinkedHashMap<>(byName);
    }

    public Optional<SettingDefinition> find(String name) {
        return Optional.ofNullable(definitions.get(name));
    }

    public SettingDefinition require(String name) {
        return find(name).orElseThrow(() -> new InvalidInput("name", "no setting is named '" + name + "'"));
    }

    public Collection<SettingDefinition> all() {
        return definitions.values();
    }
}
