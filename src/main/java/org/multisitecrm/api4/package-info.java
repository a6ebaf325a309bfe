/**
 * CiviCRM's APIv4 over HTTP ({@code /civicrm/ajax/api4/{Entity}/{action}} and the batch form), so
 * CiviCRM's own clients work unchanged. One metadata-driven mechanism: an entity is registered once in
 * {@link org.multisitecrm.api4.ApiEntities} with the fields it exposes, and gets the actions, the
 * where/orderBy translation into parameterised JPQL and getFields. Every query and write goes through
 * the same persistence unit, so domain scoping and contact visibility apply as everywhere else; an
 * entity whose writes have rules is written by a {@link org.multisitecrm.api4.RecordWriter} that calls
 * its capability's service, so the API cannot do what the service refuses.
 */
package org.multisitecrm.api4;
