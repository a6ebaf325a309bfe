/** The home page: the domain, the first things to do, and the user's dashboard. */
package org.multisitecrm.web.home;
