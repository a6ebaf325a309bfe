/**
 * Domains (CiviCRM's {@code civicrm_domain}) and the sites that map a hostname and port to one, the
 * resolution of each request's domain, and the {@link org.multisitecrm.tenancy.DomainScope} every unit
 * of work runs in. Per-domain provisioning lives here too: one code path for new and existing domains.
 */
package org.multisitecrm.tenancy;
