package org.multisitecrm.setting;

import java.util.List;

/**
 * A capability's own settings. Each capability declares the settings it reads next to the code that
 * reads them; {@link SettingCatalog} gathers every contributor's definitions into one catalogue.
 */
public interface SettingContributor {

    List<SettingDefinition> settings();
}
