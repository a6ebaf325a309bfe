/** MicroProfile Health checks: ready means migrated, provisioned and able to reach the database. */
package org.multisitecrm.infrastructure.health;
