package org.multisitecrm.catalog;

import java.util.List;

/**
 * One choice of a field backed by options: the value stored (as text) and what APIv4's suffixes
 * ({@code status_id:name}, {@code :label}...) answer for it. Attributes a source does not have are null.
 */
public record FieldOption(String value, String name, String label, String description, String icon, String color,
                          String grouping) {

    /** The suffixes every option answers. */
    public static final List<String> BASIC_SUFFIXES = List.of("name", "label");
    /** The suffixes of an option group's values, which carry every attribute. */
    public static final List<String> ALL_SUFFIXES = List.of("name", "label", "description", "icon", "color", "grouping");

    public static FieldOption named(String value, String name, String label) {
        return new FieldOption(value, name, label, null, null, null, null);
    }

    /** The option's attribute a suffix asks for ({@code id} is the stored value). */
    public String attribute(String suffix) {
        return switch (suffix) {
            case "id" -> value;
            case "name" -> name;
            case "label" -> label;
            case "description" -> description;
            case "icon" -> icon;
            case "color" -> color;
            case "grouping" -> grouping;
            default -> throw new IllegalArgumentException("No option attribute " + suffix);
        };
    }
}
