/**
 * Who is calling: logins shared by all domains (slow password hashes, SHA-256 API keys, throttled
 * sign-in), roles granted per domain, UFMatch per domain, and the {@link org.multisitecrm.security.Caller}
 * every request is bound to, from which contact visibility is enforced.
 */
package org.multisitecrm.security;
