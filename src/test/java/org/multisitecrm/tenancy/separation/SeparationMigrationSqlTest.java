package org.multisitecrm.tenancy.separation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SQL an operator is shown after flipping a row of the separation table, for each way a column can disagree. */
class SeparationMigrationSqlTest {

    private static final Map<String, List<String>> UNIQUE_NAME = Map.of("UI_name", List.of("name"));

    @Test
    void aSharedTableMovingToDomainGetsTheColumnAnOwnerForEveryRowAndUniqueKeysPerDomain() {
        String sql = String.join("\n", SeparationMigrationSql.statements("civicrm_tag", SeparationMode.DOMAIN,
                DomainColumn.absent(UNIQUE_NAME)));
        assertEquals("""
                ALTER TABLE civicrm_tag ADD COLUMN domain_id INT UNSIGNED NULL;
                -- every existing row needs an owner: the oldest domain here, or the domain each row really belongs to
                UPDATE civicrm_tag SET domain_id = (SELECT MIN(id) FROM civicrm_domain) WHERE domain_id IS NULL;
                ALTER TABLE civicrm_tag
                  MODIFY domain_id INT UNSIGNED NOT NULL,
                  ADD CONSTRAINT FK_civicrm_tag_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
                  DROP INDEX UI_name,
                  ADD UNIQUE KEY UI_name (domain_id, name);""", sql);
    }

    @Test
    void anOptionalTableMovingToDomainOnlyOwnsItsSharedRowsAndBecomesMandatory() {
        String sql = String.join("\n", SeparationMigrationSql.statements("civicrm_option_group", SeparationMode.DOMAIN,
                new DomainColumn(true, true, List.of("FK_x"), Map.of("UI_domain_name", List.of("domain_id", "name")))));
        assertTrue(sql.contains("UPDATE civicrm_option_group SET domain_id = (SELECT MIN(id) FROM civicrm_domain) WHERE domain_id IS NULL;"), sql);
        assertTrue(sql.endsWith("ALTER TABLE civicrm_option_group\n  MODIFY domain_id INT UNSIGNED NOT NULL;"), sql);
    }

    @Test
    void aSharedTableMovingToOptionalKeepsEveryRowForEveryDomain() {
        String sql = String.join("\n", SeparationMigrationSql.statements("civicrm_tag", SeparationMode.OPTIONAL,
                DomainColumn.absent(Map.of())));
        assertEquals("""
                ALTER TABLE civicrm_tag
                  ADD COLUMN domain_id INT UNSIGNED NULL COMMENT 'NULL: the row belongs to every domain',
                  ADD CONSTRAINT FK_civicrm_tag_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id);""", sql);
        assertEquals(List.of("ALTER TABLE civicrm_tag MODIFY domain_id INT UNSIGNED NULL;"),
                SeparationMigrationSql.statements("civicrm_tag", SeparationMode.OPTIONAL,
                        new DomainColumn(true, false, List.of(), Map.of())));
    }

    @Test
    void aTableMovingBackToSharedDropsItsForeignKeysThenTheColumn() {
        List<String> sql = SeparationMigrationSql.statements("civicrm_tag", SeparationMode.SHARED,
                new DomainColumn(true, false, List.of("FK_civicrm_tag_domain_id"),
                        Map.of("UI_name", List.of("domain_id", "name"))));
        assertEquals(List.of(
                "-- rows that now share a unique key across domains must be merged first, or the last statement fails",
                "ALTER TABLE civicrm_tag\n  DROP FOREIGN KEY FK_civicrm_tag_domain_id;",
                "ALTER TABLE civicrm_tag\n  DROP INDEX UI_name,\n  ADD UNIQUE KEY UI_name (name),\n  DROP COLUMN domain_id;"), sql);
    }

    @Test
    void aTableThatAgreesNeedsNothing() {
        assertEquals(List.of(), SeparationMigrationSql.statements("t", SeparationMode.DOMAIN,
                new DomainColumn(true, false, List.of(), Map.of())));
        assertEquals(List.of(), SeparationMigrationSql.statements("t", SeparationMode.SHARED, DomainColumn.absent(Map.of())));
        assertEquals(null, new DomainColumn(true, true, List.of(), Map.of()).problemUnder(SeparationMode.OPTIONAL));
        assertEquals("has no domain_id column", DomainColumn.absent(Map.of()).problemUnder(SeparationMode.DOMAIN));
    }
}
