package org.multisitecrm.catalog;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.relationship.RelationshipType;
import org.multisitecrm.security.Requirement;
import org.multisitecrm.tenancy.separation.SeparationTable;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue as the capabilities contribute it, built without a container from the shipped
 * separation table: every definition names real columns, the domain column follows the table, and a
 * configuration entity's write requirement follows its separation mode.
 */
class EntityCatalogTest {

    private static final Path TABLE = Path.of("config/separation-table.md");

    @Test
    void everyContributedEntityBuildsAgainstTheShippedTable() throws Exception {
        EntityCatalog catalog = EntityCatalog.of(shippedTable(), contributed());

        assertTrue(catalog.all().size() >= 22, "all of today's entities are contributed: " + catalog.all().size());
        for (CatalogEntity entity : catalog.all()) {
            boolean scoped = shippedTable().ruleFor(entity.jpaName()).orElseThrow().mode().isScoped();
            List<String> names = new ArrayList<>(entity.fields().keySet());
            assertEquals("id", names.get(0), entity.name());
            assertEquals(scoped, names.size() > 1 && names.get(1).equals("domain_id")
                    && entity.field("domain_id").orElseThrow().readOnly(), entity.name() + ": domain_id after id iff the table scopes it");
        }
    }

    @Test
    void fieldRulesAreReadFromTheMapping() throws Exception {
        EntityCatalog catalog = EntityCatalog.of(shippedTable(), contributed());
        CatalogEntity contact = catalog.require("Contact");

        assertTrue(contact.field("contact_type").orElseThrow().required(), "NOT NULL without a default");
        assertFalse(contact.field("contact_type").orElseThrow().updatable(), "fixed at creation");
        assertTrue(contact.field("display_name").orElseThrow().readOnly(), "derived by the service");
        assertEquals("Contact", catalog.require("Email").field("contact_id").orElseThrow().fkEntity());
        assertEquals("OptionGroup", catalog.require("OptionValue").field("option_group_id").orElseThrow().fkEntity(),
                "an association names the catalogue entity of its class");
        assertEquals("display_name", contact.labelField());
    }

    @Test
    void configurationNeedsTheAdministratorOfWhatItChanges() throws Exception {
        CatalogEntity shared = EntityCatalog.of(shippedTable(), contributed()).require("RelationshipType");
        assertEquals(Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS, shared.writeRequirement(),
                "a shared kind of relationship changes every domain");
        assertTrue(shared.field("domain_id").isEmpty());

        CatalogEntity perDomain = EntityCatalog.of(flipped("RelationshipType", "shared", "domain"), contributed())
                .require("RelationshipType");
        assertEquals(Requirement.ADMINISTER_CIVICRM, perDomain.writeRequirement(),
                "once per domain, the domain's own administrator writes it");
        assertFalse(perDomain.field("domain_id").orElseThrow().nullable());

        CatalogEntity optional = EntityCatalog.of(flipped("RelationshipType", "shared", "optional"), contributed())
                .require("RelationshipType");
        assertTrue(optional.field("domain_id").orElseThrow().nullable(), "an optional row may belong to no domain");
    }

    @Test
    void theContactIndexAnswersForSharedContactsOnly() throws Exception {
        IndexedReads index = new org.multisitecrm.security.visibility.IndexedContactReads();
        assertTrue(index.serves(EntityCatalog.of(shippedTable(), contributed()).require("Contact")));
        assertFalse(index.serves(EntityCatalog.of(flipped("Contact", "shared", "domain"), contributed()).require("Contact")),
                "per-domain contacts have a domain_id the index and its counts know nothing of");
        assertFalse(index.serves(EntityCatalog.of(shippedTable(), contributed()).require("Email")), "only the contact itself");
    }

    @Test
    void aDefinitionThatDisagreesWithTheMappingOrTheTableFailsTheDeployment() throws Exception {
        SeparationTable table = shippedTable();
        assertThrows(IllegalStateException.class, () -> EntityCatalog.of(table, List.of(
                EntityDefinition.entity("RelationshipType", RelationshipType.class, "kinds").fields("id", "domain_id"))),
                "the separation table, not the definition, decides whether there is a domain column");
        assertThrows(IllegalStateException.class, () -> EntityCatalog.of(table, List.of(
                EntityDefinition.entity("Contact", Contact.class, "people").fields("id", "frist_name"))));
        assertThrows(IllegalStateException.class, () -> EntityCatalog.of(table, List.of(
                EntityDefinition.entity("Contact", Contact.class, "people").fields("id"),
                EntityDefinition.entity("Contact", Contact.class, "again").fields("id"))));
        assertThrows(IllegalStateException.class, () -> EntityCatalog.of(table, List.of(
                EntityDefinition.entity("Catalog", JsonObject.class, "not an entity of the table").fields("id"))));
    }

    @Test
    void anEntityWithoutAWriterOffersOnlyReads() throws Exception {
        CatalogEntity locations = EntityCatalog.of(shippedTable(), contributed()).require("LocationType");
        assertFalse(locations.isWritable());
        assertNull(locations.writeRequirement());
        assertEquals(List.of("get", "autocomplete", "getFields", "getActions", "checkAccess"), locations.actions());
    }

    @Test
    void noAdapterCanReachAWriterAroundTheCatalogue() throws Exception {
        List<String> reachable = new ArrayList<>();
        for (Class<?> type : built()) {
            if (RecordWriter.class.isAssignableFrom(type) && !type.isInterface() && Modifier.isPublic(type.getModifiers())) {
                reachable.add(type.getName());
            }
        }
        assertEquals(List.of(), reachable, "record writers are package-private: adapters write through CatalogWrites");
    }

    private static SeparationTable shippedTable() throws IOException {
        return SeparationTable.parse(TABLE.toString(), Files.readString(TABLE));
    }

    private static SeparationTable flipped(String jpaEntity, String from, String to) throws IOException {
        String text = Files.readString(TABLE).lines()
                .map(line -> line.contains("| " + jpaEntity + " |") ? line.replace("| " + from + " |", "| " + to + " |") : line)
                .reduce("", (a, b) -> a + b + "\n");
        return SeparationTable.parse("flipped", text);
    }

    /** Every contributor the build holds, found as the container finds them, and created without one. */
    private static List<EntityDefinition> contributed() throws Exception {
        List<EntityDefinition> definitions = new ArrayList<>();
        for (Class<?> type : built()) {
            if (EntityContributor.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                var constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                definitions.addAll(((EntityContributor) constructor.newInstance()).entities());
            }
        }
        return definitions;
    }

    private static List<Class<?>> built() throws Exception {
        Path classes = Path.of("target/classes");
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                types.add(Class.forName(name, false, EntityCatalogTest.class.getClassLoader()));
            }
        }
        return types;
    }
}
