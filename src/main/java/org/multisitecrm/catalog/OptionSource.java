package org.multisitecrm.catalog;

import java.util.Map;

/**
 * Where the values of a field with {@link EntityDefinition#optionsFrom} come from: CiviCRM's option
 * groups, provided by the capability that owns them, so the catalogue does not know that capability.
 */
public interface OptionSource {

    /** The active values of the named option group the bound domain is offered (shared and its own), value to label, in order. */
    Map<String, String> options(String optionGroup);
}
