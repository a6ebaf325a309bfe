/**
 * The back office's contacts: the search (a lazy table over the catalogue), the summary with its tabs
 * of the contact's records, and the form that creates and edits a contact, all through
 * {@link org.multisitecrm.web.contact.ContactBackOffice}, the pages' one unit of work.
 */
package org.multisitecrm.web.contact;
