/** The menu editor: a domain's administrators relabel, reorder, hide and add its menu entries. */
package org.multisitecrm.web.menu;
