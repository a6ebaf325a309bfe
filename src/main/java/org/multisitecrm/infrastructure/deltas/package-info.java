/**
 * Numbers many writers move at once (a viewer's count of contacts, all contacts, the caller
 * generation) kept as insert-only rows of deltas and read as their sum: writers of distinct rows never
 * wait for each other, so one domain's open transaction cannot hold up, or be timed by, another's.
 * {@link org.multisitecrm.infrastructure.deltas.DeltaFolding} folds each table's rows in the background.
 */
package org.multisitecrm.infrastructure.deltas;
