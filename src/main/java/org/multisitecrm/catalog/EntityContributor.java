package org.multisitecrm.catalog;

import java.util.List;

/**
 * A capability's own entities. Each capability declares the entities it owns, their exposed fields and
 * how they are written, next to the services that hold their rules; {@link EntityCatalog} gathers every
 * contributor's definitions into one catalogue, as {@code SettingCatalog} does for settings.
 */
public interface EntityContributor {

    List<EntityDefinition> entities();
}
