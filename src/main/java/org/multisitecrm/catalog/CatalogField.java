package org.multisitecrm.catalog;

import org.multisitecrm.security.Access;
import org.multisitecrm.security.Requirement;

import java.util.Optional;

/**
 * One exposed field: its CiviCRM name (the column), the JPA attribute it reads, its APIv4 data type,
 * and for a foreign key the entity it points at (what implicit joins such as
 * {@code contact_id.display_name} follow). A {@code serialized} field is JSON kept as text (CiviCRM's
 * serialized columns such as {@code SavedSearch.api_params}): clients send and receive it as JSON.
 * {@code required}: must be given to create; {@code nullable}: may be set to null (a column declared
 * NOT NULL, or a primitive, may not, even when it has a default and so is not required).
 * {@code optionList}: the CiviCRM option group whose values the field holds (its pseudoconstant), or null.
 * {@code readRequirement}: for a secret (a processor's password), what a caller needs to read, select,
 * filter or sort by it; to anyone else it is not a field at all, so no query can probe its value.
 * {@code defaultValue}: what a new record holds when the field is not given (the entity's initial value).
 */
public record CatalogField(String name, String attribute, Class<?> javaType, boolean association, String fkEntity,
                       boolean required, boolean nullable, boolean readOnly, boolean updatable, boolean serialized,
                           String optionList, Requirement readRequirement, Object defaultValue, ListedFrom listedFrom) {

    /**
     * A list read from another entity's rows rather than a column (a group's {@code parents}: the
     * {@code value} of the {@code entity} rows whose {@code key} is this row's id), read as the caller
     * reads that entity.
     */
    public record ListedFrom(String entity, String key, String value) {
    }

    /** A field computed by a query (an aggregate's count), with no column of its own. */
    public static CatalogField computed(String name, Class<?> type) {
        return new CatalogField(name, name, type, false, null, false, false, true, false, false, null, null, null, null);
    }

    /** APIv4's {@code data_type}. */
    public String dataType() {
        if (javaType == Long.class || javaType == long.class || javaType == Integer.class || javaType == int.class || association) {
            return "Integer";
        }
        if (javaType == Boolean.class || javaType == boolean.class) {
            return "Boolean";
        }
        if (javaType == java.math.BigDecimal.class) {
            return "Money";
        }
        if (javaType == java.time.LocalDate.class) {
            return "Date";
        }
        if (javaType == java.time.LocalDateTime.class) {
            return "Timestamp";
        }
        return "String";
    }

    /** The JPQL path of this field's value from an alias: the attribute, or the id of the associated entity (a list: the row's id). */
    public String path(String alias) {
        return alias + "." + (isList() ? "id" : attribute + (association ? ".id" : ""));
    }

    /**
     * Whether the bound caller may read the field: every column but a secret, which needs its
     * requirement; never ids a writer takes with the record ({@link #isColumn()} false).
     */
    public boolean isReadable() {
        return (isColumn() || isList()) && (readRequirement == null || Access.allows(readRequirement));
    }

    /** Whether the field is a list read from another entity ({@link ListedFrom}). */
    public boolean isList() {
        return listedFrom != null;
    }

    /** Whether the field is a column of the entity, rather than ids its writer takes with the record. */
    public boolean isColumn() {
        return attribute != null;
    }

    public Optional<String> options() {
        return Optional.ofNullable(optionList);
    }

    public Optional<String> foreignEntity() {
        return Optional.ofNullable(fkEntity);
    }

    public String title() {
        String spaced = name.replace('_', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
