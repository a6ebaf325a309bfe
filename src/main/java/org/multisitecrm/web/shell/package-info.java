/**
 * The frame of every back-office page: the domain's name, its menu (the domain's navigation rows the
 * user may see, linked to the pages this server has), the quick contact search and the user's menu.
 */
package org.multisitecrm.web.shell;
