/** Technical plumbing shared by every capability: data source, migrations, start-up order, health. */
package org.multisitecrm.infrastructure;
