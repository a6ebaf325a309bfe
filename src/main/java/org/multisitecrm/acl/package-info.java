/** CiviCRM's ACLs and ACL roles, limited by the multisite rule to the user's site tree. */
package org.multisitecrm.acl;
