/**
 * Payment processors: per domain (CiviCRM's {@code civicrm_payment_processor.domain_id}); their types
 * are shared.
 */
package org.multisitecrm.payment;
