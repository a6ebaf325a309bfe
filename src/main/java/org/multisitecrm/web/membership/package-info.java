/**
 * Memberships in the back office: one membership with the contributions that paid for it and its renewal
 * ({@code membership/view.xhtml?id=}), and the domain's membership types ({@code membership/types.xhtml}),
 * all through the catalogue (Order.create and Payment.create for a renewal, as an integration would).
 */
package org.multisitecrm.web.membership;
