/**
 * The back office's settings page: the domain's settings with the value in force and where it comes
 * from, set and reverted through {@code SettingsService} (the API's rules), and read-only with the file
 * or variable named where one overrides the database.
 */
package org.multisitecrm.web.setting;
