package org.multisitecrm.web.record;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The records of one entity shown under a parent record (a contact's emails, groups, memberships...),
 * as read for the caller: {@code total} counts them all, {@code rows} holds the first page;
 * {@code rowPage}, when not null, is the page that opens one of them ({@code ?id=}).
 */
public record RecordTable(String key, String title, List<RecordColumn> columns, List<Map<String, Object>> rows, long total,
                          String rowPage) implements Serializable {

    public String getTitleWithCount() {
        return title + " (" + total + ")";
    }

    public boolean isTruncated() {
        return total > rows.size();
    }
}
