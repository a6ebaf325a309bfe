/**
 * Signing in and out of a site's back office: the gate in front of every page, the sign-in form (the
 * API's accounts, lockout and throttling), and the hand-off that carries a user signed in to another
 * domain's site.
 */
package org.multisitecrm.web.session;
