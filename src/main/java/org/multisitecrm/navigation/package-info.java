/**
 * The back-office menu, per domain as CiviCRM's {@code civicrm_navigation}. Every domain gets the
 * default menu from {@link org.multisitecrm.navigation.DefaultMenuProvisioner}, new and existing alike.
 */
package org.multisitecrm.navigation;
