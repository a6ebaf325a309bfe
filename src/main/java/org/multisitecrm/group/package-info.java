/**
 * Groups (regular and smart), their nesting, organisation links and memberships, and every domain's
 * domain group. Only hard-adds (status Added) decide who sees a contact.
 */
package org.multisitecrm.group;
