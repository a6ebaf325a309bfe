/**
 * Multisite administration: creating and changing domains, the sites (hostnames) they are served at,
 * and which login is which contact in which domain. It sits above {@code tenancy} and {@code security}
 * and contributes their administered entities to the catalogue, so neither needs to know the catalogue.
 * Every write needs 'administer Multiple Organizations'.
 */
package org.multisitecrm.administration;
