package org.multisitecrm.benchmark.performance;

import org.multisitecrm.security.visibility.ContactVisibilityRules;
import org.multisitecrm.security.visibility.IndexedContactReads;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The SQL of each measured call as the CRM issues it, for the ceiling: the row criteria from the rule
 * text itself ({@link ContactVisibilityRules#contactVisibleSql}) and the index's statements from
 * {@link IndexedContactReads}, so a change to either is measured on both sides. Also the values the
 * CRM would take from the caller, in the order the statements want them.
 */
final class CeilingSql {

    static final String COLUMNS = "c.id, c.sort_name, c.display_name, c.contact_type, c.modified_date";
    /** The criteria EclipseLink adds to every Contact query: ten values, see {@link #visible}. */
    static final String VISIBLE = "(c.is_deleted = 0 OR ? = 1) AND " + ContactVisibilityRules.contactVisibleSql("c.id");

    private CeilingSql() {
    }

    /** Who asks, as the criteria and the index see them. */
    record Viewer(boolean all, long indexDomain, long ownContact, long requestDomain, boolean wide) {

        /** The criteria's ten values for rows read by id: the index is probed. */
        List<Object> byId() {
            return visible(true);
        }

        /** For other rows: probed when the viewer is wide. */
        List<Object> rows() {
            return visible(wide);
        }

        private List<Object> visible(boolean probed) {
            int probe = probed ? 1 : 0;
            return List.of(0, all ? 1 : 0, probe, indexDomain, probe, indexDomain, ownContact, ownContact, ownContact, requestDomain);
        }

        /** The check whether the caller's ACLs grant anything; the harness's callers have no ACLs. */
        List<Object> grantCheck() {
            return List.of(ownContact, requestDomain);
        }

        /** The count for a caller whose ACLs grant nothing. */
        List<Object> count() {
            return List.of(indexDomain, ownContact, ownContact, indexDomain);
        }

        /** The count of one contact type for a caller whose ACLs grant nothing. */
        List<Object> count(String contactType) {
            return List.of(indexDomain, contactType, ownContact, ownContact, indexDomain, contactType);
        }

        /** The page's ids for a caller whose ACLs grant nothing. */
        List<Object> page(int offset, int limit) {
            return List.of(indexDomain, offset + limit, ownContact, ownContact, offset + limit, limit, offset);
        }
    }

    static Properties statements() {
        Properties sql = new Properties();
        String rowsAmong = "SELECT " + COLUMNS + " FROM civicrm_contact c WHERE c.is_deleted = 0 AND c.id IN (?...) AND " + VISIBLE
                + " ORDER BY c.sort_name, c.id";
        step(sql, "byId", 1, "rows", 11, "SELECT " + COLUMNS + " FROM civicrm_contact c WHERE c.id = ? AND c.is_deleted = 0 AND "
                + VISIBLE + " ORDER BY c.id LIMIT 500");
        for (String page : List.of("firstPage", "offset5000")) {
            step(sql, page, 1, "check", 2, IndexedContactReads.ACLS_GRANT_SQL);
            step(sql, page, 2, "ids", 7, IndexedContactReads.PAGE_SQL_WITHOUT_ACLS);
            step(sql, page, 3, "rows", 10, rowsAmong);
        }
        step(sql, "branchCount", 1, "check", 2, IndexedContactReads.ACLS_GRANT_SQL);
        step(sql, "branchCount", 2, "count", 4, IndexedContactReads.COUNT_SQL_WITHOUT_ACLS);
        step(sql, "firstPageCount", 1, "check", 2, IndexedContactReads.ACLS_GRANT_SQL);
        step(sql, "firstPageCount", 2, "count", 4, IndexedContactReads.COUNT_SQL_WITHOUT_ACLS);
        step(sql, "firstPageCount", 3, "check", 2, IndexedContactReads.ACLS_GRANT_SQL);
        step(sql, "firstPageCount", 4, "ids", 7, IndexedContactReads.PAGE_SQL_WITHOUT_ACLS);
        step(sql, "firstPageCount", 5, "rows", 10, rowsAmong);
        step(sql, "headOffice", 1, "count", 0, IndexedContactReads.ALL_COUNT_SQL);
        step(sql, "headOffice", 2, "rows", 10, "SELECT " + COLUMNS + " FROM civicrm_contact c WHERE c.is_deleted = 0 AND " + VISIBLE
                + " ORDER BY c.sort_name, c.id LIMIT 50");
        step(sql, "prefixSearch", 1, "rows", 11, "SELECT " + COLUMNS + " FROM civicrm_contact c WHERE c.sort_name LIKE ? AND c.is_deleted = 0 AND "
                + VISIBLE + " ORDER BY c.sort_name, c.id LIMIT 25");
        step(sql, "filteredCount", 1, "check", 2, IndexedContactReads.ACLS_GRANT_SQL);
        step(sql, "filteredCount", 2, "count", 6, IndexedContactReads.TYPE_COUNT_SQL_WITHOUT_ACLS);
        step(sql, "autocomplete", 1, "rows", 12, "SELECT " + COLUMNS + " FROM civicrm_contact c WHERE (c.sort_name LIKE ? OR c.display_name LIKE ?)"
                + " AND c.is_deleted = 0 AND " + VISIBLE + " ORDER BY c.sort_name, c.id LIMIT 11");
        sql.setProperty("create.write", "true");
        step(sql, "create", 1, "update", 4, "INSERT INTO civicrm_contact (contact_type, first_name, last_name, display_name, sort_name)"
                + " VALUES ('Individual', ?, ?, ?, ?)");
        step(sql, "create", 2, "update", 0, "SET @created = LAST_INSERT_ID()");
        step(sql, "create", 3, "update", 1, "INSERT INTO civicrm_group_contact (group_id, contact_id, status) VALUES (?, @created, 'Added')");
        step(sql, "create", 4, "rows", 0, "SELECT " + COLUMNS + " FROM civicrm_contact c WHERE c.id = @created");
        sql.setProperty("update.write", "true");
        step(sql, "update", 1, "ids", 11, "SELECT c.id FROM civicrm_contact c WHERE c.id = ? AND c.is_deleted = 0 AND " + VISIBLE + " FOR UPDATE");
        step(sql, "update", 2, "update", 4, "UPDATE civicrm_contact SET first_name = ?, display_name = ?, sort_name = ? WHERE id = ?");
        step(sql, "update", 3, "rows", 1, "SELECT " + COLUMNS + " FROM civicrm_contact c WHERE c.id = ?");
        return sql;
    }

    private static void step(Properties sql, String call, int step, String kind, int parameters, String statement) {
        sql.setProperty(call + "." + step, statement);
        sql.setProperty(call + "." + step + ".kind", kind);
        sql.setProperty(call + "." + step + ".parameters", Integer.toString(parameters));
    }

    static List<Object> join(List<?>... parts) {
        List<Object> all = new ArrayList<>();
        for (List<?> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
