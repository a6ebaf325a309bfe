package org.multisitecrm.catalog;

import jakarta.json.JsonObject;
import org.multisitecrm.infrastructure.persistence.entity.GeneratedIdEntity;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.NotFound;

import java.lang.reflect.Field;

/**
 * Writes an entity's fields straight onto the JPA entity. Safe for any exposed entity: domain scoping
 * fills and checks {@code domain_id}, the contact edit guard checks every row hanging off a contact,
 * and a foreign key must name a row the caller can see (else it is answered as not existing). Only the
 * catalogue holds one, so it is reached only through {@link CatalogWrites}, which checks the entity's requirement.
 */
final class GenericRecordWriter implements RecordWriter {

    private final EntityCatalog entities;

    GenericRecordWriter(EntityCatalog entities) {
        this.entities = entities;
    }

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        Object record = instantiate(entity.jpaClass());
        apply(record, values);
        entities.entityManager().persist(record);
        entities.entityManager().flush();
        return ((GeneratedIdEntity) record).getId();
    }

    @Override
    public void update(CatalogEntity entity, long id, RecordValues values) {
        Object record = entities.entityManager().find(entity.jpaClass(), id);
        if (record == null) {
            throw new NotFound(entity.name(), id);
        }
        apply(record, values);
        entities.entityManager().flush();
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        Object record = entities.entityManager().find(entity.jpaClass(), id);
        if (record == null) {
            throw new NotFound(entity.name(), id);
        }
        entities.entityManager().remove(record);
        entities.entityManager().flush();
    }

    void apply(Object record, RecordValues values) {
        values.values().forEach((field, value) -> set(record, field, reference(field, value)));
    }

    /** A foreign key becomes the referenced entity (association) or stays an id, once the caller can see its row. */
    private Object reference(CatalogField field, Object value) {
        if (value == null) {
            return null;
        }
        Class<?> target = field.association() ? field.javaType()
                : field.foreignEntity().flatMap(entities::find).map(CatalogEntity::jpaClass).orElse(null);
        if (target == null) {
            return value;
        }
        Object referenced = entities.entityManager().find(target, value);
        if (referenced == null) {
            throw new InvalidInput(field.name(), "no " + field.foreignEntity().orElse(target.getSimpleName()) + " has id " + value);
        }
        return field.association() ? referenced : value;
    }

    private static void set(Object record, CatalogField field, Object value) {
        try {
            Field javaField = declared(record.getClass(), field.attribute());
            javaField.setAccessible(true);
            javaField.set(record, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot set " + field.attribute(), e);
        }
    }

    private static Field declared(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException ignored) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }

    private static Object instantiate(Class<?> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getSimpleName(), e);
        }
    }
}
