package org.multisitecrm.tenancy.separation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SQL that brings one table in line with its row of the separation table, printed when the server
 * refuses to start so that an operator who flipped a row knows exactly what migration to add. Moving to
 * per-domain also widens each unique key to {@code (domain_id, ...)}: otherwise a name one domain chose
 * is refused to every other, which tells a branch what another branch has named its rows.
 */
public final class SeparationMigrationSql {

    private static final String COLUMN = DomainColumn.NAME;
    static final String DOMAIN_TABLE = "civicrm_domain";
    static final String COLUMN_TYPE = "INT UNSIGNED";
    static final String BACKFILL = "(SELECT MIN(id) FROM " + DOMAIN_TABLE + ")";

    private SeparationMigrationSql() {
    }

    /** The statements, one per line group, each ending with {@code ;}; empty when nothing is to change. */
    public static List<String> statements(String table, SeparationMode mode, DomainColumn column) {
        List<String> sql = new ArrayList<>();
        switch (mode) {
            case DOMAIN -> {
                if (!column.present()) {
                    sql.add("ALTER TABLE " + table + " ADD COLUMN " + COLUMN + " " + COLUMN_TYPE + " NULL;");
                }
                if (!column.present() || column.nullable()) {
                    sql.add("-- every existing row needs an owner: the oldest domain here, or the domain each row really belongs to\n"
                            + "UPDATE " + table + " SET " + COLUMN + " = " + BACKFILL + " WHERE " + COLUMN + " IS NULL;");
                    List<String> alter = new ArrayList<>();
                    alter.add("MODIFY " + COLUMN + " " + COLUMN_TYPE + " NOT NULL");
                    if (!column.present()) {
                        alter.addAll(foreignKeyAndUniqueKeys(table, column.uniqueKeys()));
                    }
                    sql.add(alterTable(table, alter));
                }
            }
            case OPTIONAL -> {
                if (!column.present()) {
                    List<String> alter = new ArrayList<>();
                    alter.add("ADD COLUMN " + COLUMN + " " + COLUMN_TYPE + " NULL COMMENT 'NULL: the row belongs to every domain'");
                    alter.addAll(foreignKeyAndUniqueKeys(table, column.uniqueKeys()));
                    sql.add(alterTable(table, alter));
                } else if (!column.nullable()) {
                    sql.add("ALTER TABLE " + table + " MODIFY " + COLUMN + " " + COLUMN_TYPE + " NULL;");
                }
            }
            case SHARED -> {
                if (column.present()) {
                    sql.add("-- rows that now share a unique key across domains must be merged first, or the last statement fails");
                    List<String> alter = new ArrayList<>();
                    column.foreignKeys().forEach(fk -> alter.add("DROP FOREIGN KEY " + fk));
                    if (!alter.isEmpty()) {
                        sql.add(alterTable(table, alter));
                    }
                    // MariaDB refuses to drop a column of a multi-column unique key: each is rebuilt without it
                    List<String> drop = new ArrayList<>();
                    column.uniqueKeys().forEach((name, columns) -> {
                        List<String> others = columns.stream().filter(c -> !c.equals(COLUMN)).toList();
                        if (others.size() < columns.size() && !others.isEmpty()) {
                            drop.add("DROP INDEX " + name);
                            drop.add("ADD UNIQUE KEY " + name + " (" + String.join(", ", others) + ")");
                        }
                    });
                    drop.add("DROP COLUMN " + COLUMN);
                    sql.add(alterTable(table, drop));
                }
            }
            case TENANCY -> {
            }
        }
        return sql;
    }

    private static List<String> foreignKeyAndUniqueKeys(String table, Map<String, List<String>> uniqueKeys) {
        List<String> alter = new ArrayList<>();
        alter.add("ADD CONSTRAINT FK_" + table + "_" + COLUMN + " FOREIGN KEY (" + COLUMN
                + ") REFERENCES " + DOMAIN_TABLE + " (id)");
        uniqueKeys.forEach((name, columns) -> {
            if (!columns.contains(COLUMN)) {
                alter.add("DROP INDEX " + name);
                alter.add("ADD UNIQUE KEY " + name + " (" + COLUMN + ", " + String.join(", ", columns) + ")");
            }
        });
        return alter;
    }

    private static String alterTable(String table, List<String> clauses) {
        return "ALTER TABLE " + table + clauses.stream().collect(Collectors.joining(",\n  ", "\n  ", ";"));
    }
}
