package org.multisitecrm.tenancy.separation;

import java.util.List;

/** One row of the separation table: the seed's entity, its mode, our JPA entities and the note. */
public record SeparationRule(String seedEntity, SeparationMode mode, List<String> jpaEntities, String note, int line) {
}
