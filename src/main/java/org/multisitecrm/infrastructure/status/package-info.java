/**
 * CiviCRM's system status, as contracts every capability may implement: {@link SystemCheck}s (what
 * needs attention in a domain) and {@link SystemFacts} (what runs), gathered by {@code System.check} and
 * {@code System.get}.
 */
package org.multisitecrm.infrastructure.status;
