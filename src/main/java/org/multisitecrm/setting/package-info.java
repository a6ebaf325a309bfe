/**
 * Settings per domain, as CiviCRM's {@code civicrm_setting} and settings metadata: each capability
 * declares its settings ({@link org.multisitecrm.setting.SettingContributor}); the effective value of
 * each puts the override files and environment of {@code setting.override} above the database; who
 * may read and write which is decided in {@link org.multisitecrm.setting.SettingsService}.
 */
package org.multisitecrm.setting;
