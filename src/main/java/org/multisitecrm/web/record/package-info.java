/**
 * What every back-office page shares for showing catalogue records: rows as plain values for the page,
 * a lazy PrimeFaces table model paged, sorted and filtered by the catalogue's own query, tables of the
 * records under a parent, and catalogue refusals turned into messages on the fields they name.
 */
package org.multisitecrm.web.record;
