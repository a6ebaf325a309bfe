/**
 * The entity catalogue: every entity the server exposes, its fields and how it is written, contributed
 * by the capability that owns it ({@link org.multisitecrm.catalog.EntityContributor}, as settings are
 * contributed to {@code SettingCatalog}). Adapters (the APIv4 resource, the back office, jobs) query
 * through {@link org.multisitecrm.catalog.CatalogQuery} (select, implicit and explicit joins, where,
 * groupBy, orderBy, paging, counts, streaming into parameterised JPQL) and write through
 * {@link org.multisitecrm.catalog.CatalogWrites}, which enforces each entity's declared requirement and
 * field rules before its {@link org.multisitecrm.catalog.RecordWriter} applies the capability's own; so
 * no adapter can forget a rule. Every query runs in the one persistence unit, so domain scoping and
 * contact visibility apply as everywhere else.
 */
package org.multisitecrm.catalog;
