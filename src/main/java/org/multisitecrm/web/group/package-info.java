/**
 * The back office's groups: the tree of the groups the user sees, a group's details and its members,
 * through {@link org.multisitecrm.web.group.GroupBackOffice}, whose writes meet the group rules of the
 * API (who manages a group, who may be added, which nesting is allowed).
 */
package org.multisitecrm.web.group;
