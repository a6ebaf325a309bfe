package org.multisitecrm.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the values of a field with {@link EntityDefinition#optionsFrom} come from: CiviCRM's option
 * groups, provided by the capability that owns them, so the catalogue does not know that capability.
 */
public interface OptionSource {

    /** The active options of the named option group the bound domain is offered (shared and its own), in order. */
    List<FieldOption> choices(String optionGroup);

    /** The same options, value to label. */
    default Map<String, String> options(String optionGroup) {
        Map<String, String> options = new LinkedHashMap<>();
        choices(optionGroup).forEach(choice -> options.put(choice.value(), choice.label()));
        return options;
    }
}
