/**
 * The back office: Faces views (PrimeFaces) for staff and branch managers, one sub-package per
 * capability. Backing beans are thin: they hold what the page shows and call a capability's services
 * or the catalogue ({@code CatalogReads}, {@code CatalogWrites}), so a page reads and writes through
 * exactly the checks, scoping and visibility the API goes through. Nothing here queries on its own.
 */
package org.multisitecrm.web;
