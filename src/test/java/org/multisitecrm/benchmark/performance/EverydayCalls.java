package org.multisitecrm.benchmark.performance;

import org.multisitecrm.benchmark.performance.CeilingSql.Viewer;

import java.util.List;
import java.util.function.LongUnaryOperator;

import static org.multisitecrm.benchmark.performance.CeilingSql.join;

/**
 * The calls measured, North's branch manager's unless said: what a CiviCRM search screen, a contact
 * page and an integration do every day. Run {@code n} reads or writes its own contact, so writes never
 * collide and reads do not all hit one row.
 */
final class EverydayCalls {

    private static final String SELECT = "\"select\":[\"id\",\"sort_name\",\"display_name\",\"contact_type\",\"modified_date\"]";
    private static final String SELECT_COUNTED = "\"select\":[\"row_count\",\"id\",\"sort_name\",\"display_name\",\"contact_type\",\"modified_date\"]";
    private static final String BY_NAME = "\"orderBy\":{\"sort_name\":\"ASC\"}";
    static final String PREFIX = "L000123";

    private EverydayCalls() {
    }

    /** What the calls need to know of the data: who North's and Head Office's users are, and North's contacts. */
    record Subjects(long nina, long admin, long northGroup, long firstContact, boolean northWide) {

        /** A contact hard-added to North's domain group, a different one for each run (of the first thousand). */
        long northContact(long run) {
            return firstContact - 1 + 2 * (1 + (run * 7919) % 1000);
        }
    }

    static List<MeasuredCall> all(Subjects s) {
        Viewer north = new Viewer(false, 2, s.nina(), 2, s.northWide());
        Viewer head = new Viewer(true, 1, s.admin(), 1, false);
        LongUnaryOperator id = s::northContact;
        String northHost = "north.localhost";
        String northKey = "north-demo-key";
        return List.of(
                new MeasuredCall("byId", "one contact by id", northHost, northKey, "get",
                        n -> "{" + SELECT + ",\"where\":[[\"id\",\"=\"," + id.applyAsLong(n) + "]]}",
                        n -> join(List.of(id.applyAsLong(n)), north.byId())),
                new MeasuredCall("firstPage", "first page of 50 by sort_name", northHost, northKey, "get",
                        n -> "{" + SELECT + "," + BY_NAME + ",\"limit\":50}",
                        n -> join(north.grantCheck(), north.page(0, 50), north.byId())),
                new MeasuredCall("firstPageCount", "first page of 50 with row_count", northHost, northKey, "get",
                        n -> "{" + SELECT_COUNTED + "," + BY_NAME + ",\"limit\":50}",
                        n -> join(north.grantCheck(), north.count(), north.grantCheck(), north.page(0, 50), north.byId())),
                new MeasuredCall("branchCount", "North's count (row_count alone)", northHost, northKey, "get",
                        n -> "{\"select\":[\"row_count\"]}",
                        n -> join(north.grantCheck(), north.count())),
                new MeasuredCall("offset5000", "page of 50 at offset 5,000", northHost, northKey, "get",
                        n -> "{" + SELECT + "," + BY_NAME + ",\"limit\":50,\"offset\":5000}",
                        n -> join(north.grantCheck(), north.page(5000, 50), north.byId())),
                new MeasuredCall("headOffice", "Head Office: first page with row_count", "localhost", "admin-demo-key", "get",
                        n -> "{" + SELECT_COUNTED + "," + BY_NAME + ",\"limit\":50}",
                        n -> join(head.rows())),
                new MeasuredCall("prefixSearch", "sort_name starts with " + PREFIX + ", 25", northHost, northKey, "get",
                        n -> "{" + SELECT + ",\"where\":[[\"sort_name\",\"LIKE\",\"" + PREFIX + "%\"]]," + BY_NAME + ",\"limit\":25}",
                        n -> join(List.of(PREFIX + "%"), north.rows())),
                new MeasuredCall("filteredCount", "count of Individuals", northHost, northKey, "get",
                        n -> "{\"select\":[\"row_count\"],\"where\":[[\"contact_type\",\"=\",\"Individual\"]]}",
                        n -> join(north.grantCheck(), north.count("Individual"))),
                new MeasuredCall("autocomplete", "autocomplete \"" + PREFIX + "\"", northHost, northKey, "autocomplete",
                        n -> "{\"input\":\"" + PREFIX + "\"}",
                        n -> join(List.of("%" + PREFIX + "%", "%" + PREFIX + "%"), north.rows())),
                new MeasuredCall("create", "create an individual", northHost, northKey, "create",
                        n -> "{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"New" + n + "\",\"last_name\":\"Perf\"}}",
                        n -> List.of("Ceil" + n, "Perf", "Ceil" + n + " Perf", "Perf, Ceil" + n, s.northGroup())),
                new MeasuredCall("update", "update a first name", northHost, northKey, "update",
                        n -> "{\"where\":[[\"id\",\"=\"," + id.applyAsLong(n) + "]],\"values\":{\"first_name\":\"U" + n + "\"}}",
                        n -> join(List.of(id.applyAsLong(n)), north.byId(),
                                List.of("C" + n, "C" + n + " Perf", "Perf, C" + n, id.applyAsLong(n), id.applyAsLong(n)))));
    }
}
