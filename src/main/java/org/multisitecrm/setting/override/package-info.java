/**
 * Runtime overrides of stored settings: one properties file per domain under {@code civicrm-settings/}
 * plus {@code all.properties}, watched and applied without a restart (a bad file keeps the last good
 * values), and {@code CRM_SETTING_<name>} environment variables above every file.
 */
package org.multisitecrm.setting.override;
