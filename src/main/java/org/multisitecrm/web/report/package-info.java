/** The Reports pages: the domain's report instances listed, and one run as a table with its chart and CSV export. */
package org.multisitecrm.web.report;
