/**
 * Option groups and values. Separation mode {@code optional}: a row with no domain is offered to every
 * domain (prefixes, from-address lists), a row with one belongs to it alone.
 */
package org.multisitecrm.option;
