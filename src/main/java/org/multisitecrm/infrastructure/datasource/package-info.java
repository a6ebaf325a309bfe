/** The MariaDB data source and its pool: where every part of the server gets its connections. */
package org.multisitecrm.infrastructure.datasource;
