/**
 * Each domain's branding (its logo and header line), which CiviCRM cannot store: kept per domain,
 * checked to be an image, served on the domain's own host and shown in its back office.
 */
package org.multisitecrm.branding;
