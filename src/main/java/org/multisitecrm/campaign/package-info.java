/** Campaigns (CiviCRM's {@code civicrm_campaign}), each domain's own: what activities and events are part of. */
package org.multisitecrm.campaign;
