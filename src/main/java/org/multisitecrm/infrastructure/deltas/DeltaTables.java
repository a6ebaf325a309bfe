package org.multisitecrm.infrastructure.deltas;

import java.util.List;

/** Implemented by the capability that owns tables of deltas, so that {@link DeltaFoldingJob} folds them. */
public interface DeltaTables {

    List<DeltaTable> deltaTables();
}
