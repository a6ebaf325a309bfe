package org.multisitecrm.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.tenancy.separation.SeparationRule;
import org.multisitecrm.tenancy.separation.SeparationTable;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every entity the server exposes, by its CiviCRM name, gathered from the capabilities'
 * {@link EntityContributor}s. It is the explicit allowlist: nothing else is reachable by a query or a
 * write (not password or key hashes, not the visibility tables, not bookkeeping), and each entity's
 * scoping comes from the separation table, read here as by the persistence rules.
 */
@ApplicationScoped
public class EntityCatalog {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    private Map<String, CatalogEntity> entities;
    private GenericRecordWriter generic;
    private List<IndexedReads> indexes = List.of();
    private FieldOptions fieldOptions = new FieldOptions(this, () -> {
        throw new IllegalStateException("This catalogue reads no option groups");
    });

    @Inject
    void collect(Instance<EntityContributor> contributors, Instance<OptionSource> optionGroups, Instance<IndexedReads> indexedReads) {
        indexes = indexedReads.stream().toList();
        fieldOptions = new FieldOptions(this, optionGroups::get);
        generic = new GenericRecordWriter(this);
        entities = index(SeparationTable.load(), contributors.stream().flatMap(c -> c.entities().stream()).toList(), generic);
    }

    /** For code outside CDI (unit tests, tools): a catalogue of the given definitions, which cannot write directly. */
    public static EntityCatalog of(SeparationTable table, Collection<EntityDefinition> definitions) {
        EntityCatalog catalog = new EntityCatalog();
        catalog.entities = index(table, definitions, null);
        return catalog;
    }

    private static Map<String, CatalogEntity> index(SeparationTable table, Collection<EntityDefinition> definitions,
                                                    RecordWriter generic) {
        Map<Class<?>, String> names = new HashMap<>();
        definitions.stream().filter(d -> !d.isAlias()).forEach(d -> names.put(d.type(), d.name()));
        Map<String, CatalogEntity> byName = new TreeMap<>();
        for (EntityDefinition definition : definitions) {
            var mode = table.ruleFor(definition.type().getSimpleName()).map(SeparationRule::mode)
                    .orElseThrow(() -> new IllegalStateException(definition.type().getSimpleName() + " is not in the separation table"));
            CatalogEntity entity = definition.build(mode, generic, type -> names.getOrDefault(type, type.getSimpleName()));
            if (byName.put(entity.name(), entity) != null) {
                throw new IllegalStateException("Entity " + entity.name() + " is contributed twice");
            }
        }
        return Collections.unmodifiableMap(byName);
    }

    public CatalogEntity require(String name) {
        return find(name).orElseThrow(() -> new NotFound("API entity '" + name + "' does not exist"));
    }

    public Optional<CatalogEntity> find(String name) {
        return Optional.ofNullable(entities.get(name));
    }

    public Collection<CatalogEntity> all() {
        return entities.values();
    }

    /** The entity a JPA class is exposed as, for implicit joins over associations. */
    Optional<CatalogEntity> byJpaClass(Class<?> type) {
        return entities.values().stream().filter(e -> e.jpaClass() == type && !e.alias()).findFirst();
    }

    /**
     * Writes plain fields onto a record a capability's writer holds, as the catalogue's own writer does
     * (a foreign key must name a row the caller sees): for the columns that carry no rule of the capability.
     */
    public void applyFields(Object record, RecordValues values) {
        generic.apply(record, values);
    }

    /** The index that answers plain reads of {@code entity}, if one does. */
    Optional<IndexedReads> indexedReads(CatalogEntity entity) {
        return indexes.stream().filter(index -> index.serves(entity)).findFirst();
    }

    /** The options of fields backed by options (CiviCRM's pseudoconstants). */
    public FieldOptions fieldOptions() {
        return fieldOptions;
    }

    /** The persistence context the catalogue's own writer and queries run in (the caller's transaction). */
    EntityManager entityManager() {
        return em;
    }
}
