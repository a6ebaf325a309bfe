/** The data source (MariaDB through Connector/J) behind the {@code crm} persistence unit. */
package org.multisitecrm.infrastructure.persistence;
