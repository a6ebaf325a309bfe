/**
 * The one command that runs the server: starts an embedded MariaDB unless {@code DB_URL} names a
 * database, then boots Payara Micro with the web application. Only this package goes into
 * {@code multisite-crm.jar}; everything else lives in the war beside it.
 */
package org.multisitecrm.launcher;
