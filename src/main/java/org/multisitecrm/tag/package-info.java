/** Tags (CiviCRM's {@code civicrm_tag}) and the tags contacts carry ({@code civicrm_entity_tag}), seen through their contact. */
package org.multisitecrm.tag;
