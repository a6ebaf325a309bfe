/** The signed-in user's own account on the back office: their password, and their API keys, issued (shown once) and revoked. */
package org.multisitecrm.web.account;
