package org.multisitecrm.setting;

/**
 * Work that must follow a change of a setting's effective value, wherever the change came from (a
 * {@code Setting.set}, a revert, an override file or its removal). A hook is a CDI bean named by its
 * class in the setting's definition; it runs under the system caller, after the change is in force.
 */
public interface SettingChangeHook {

    void changed(SettingChange change);

    /** The effective value of {@code setting} on {@code domainId} went from {@code before} to {@code after} (JSON). */
    record SettingChange(String setting, long domainId, String before, String after) {
    }
}
