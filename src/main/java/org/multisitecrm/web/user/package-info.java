/**
 * Users and Permissions: a domain's administrator lists its logins, creates one with its first role,
 * grants and revokes that domain's roles, matches a login to a contact, and resets, deactivates or
 * revokes the keys of the logins it manages. Every rule is {@code security.UserAdministrator}'s, reached
 * through {@code administration.DomainLogins}, {@code RoleGrants} and {@code UserService}.
 */
package org.multisitecrm.web.user;
