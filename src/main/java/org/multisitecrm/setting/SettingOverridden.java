package org.multisitecrm.setting;

import org.multisitecrm.infrastructure.validation.Conflict;

/** A write to a setting whose value a file or the environment decides (409): the message names the winner. */
public class SettingOverridden extends Conflict {

    public SettingOverridden(String action, EffectiveSetting setting) {
        super("Cannot " + action + " " + setting.name() + " on domain " + setting.domainId() + ": it is overridden by "
                + setting.source().describe() + ", which wins over the database; change it there");
    }
}
