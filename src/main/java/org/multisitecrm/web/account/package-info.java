/** The signed-in user's own account on the back office: their API keys, issued (shown once) and revoked. */
package org.multisitecrm.web.account;
