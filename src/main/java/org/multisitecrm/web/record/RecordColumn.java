package org.multisitecrm.web.record;

import java.io.Serializable;

/** A column of a records table: the catalogue field (joins as {@code group_id.title}) and its heading. */
public record RecordColumn(String field, String header) implements Serializable {
}
