/**
 * JAX-RS resources under {@code /api}. Every request is already bound to its domain by the
 * tenancy filter; resources never pick a domain themselves.
 */
package org.multisitecrm.api;
