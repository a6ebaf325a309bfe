/** Head office's page of refused accesses: who, on which domain, what, when and why, filtered and paged on the server. */
package org.multisitecrm.web.audit;
