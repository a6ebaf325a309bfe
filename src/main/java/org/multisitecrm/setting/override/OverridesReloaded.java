package org.multisitecrm.setting.override;

/** Fired (synchronously, on the reloading thread) after a changed set of override files came into force. */
public record OverridesReloaded(OverrideSnapshot before, OverrideSnapshot after) {
}
