/**
 * CiviCRM's APIv4 over HTTP ({@code /civicrm/ajax/api4/{Entity}/{action}} and the batch form), so
 * CiviCRM's own clients work unchanged. A thin adapter over the entity catalogue
 * ({@link org.multisitecrm.catalog}): it reads APIv4's JSON params, checks the request's own limits
 * (JSON depth, calls, chains, batches), hands the entity, where, values and records to the catalogue's
 * queries and writes, and writes their answer in APIv4's shape. It knows no capability: which entities
 * exist, their fields and their write rules come from the catalogue. The Setting pseudo-entity is the
 * one exception, answered from the settings' own service.
 */
package org.multisitecrm.api4;
