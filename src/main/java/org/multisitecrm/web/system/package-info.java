/** The System Status and Scheduled Jobs pages: the domain's status checks with their hush, its jobs with their logs. */
package org.multisitecrm.web.system;
