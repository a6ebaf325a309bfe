/**
 * A contribution in the back office ({@code contribution/view.xhtml?id=}): its lines, its payments and
 * what is still owed, and recording a payment or a refund, through the catalogue's Payment as the API does.
 */
package org.multisitecrm.web.contribution;
