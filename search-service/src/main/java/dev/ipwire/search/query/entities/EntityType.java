package dev.ipwire.search.query.entities;

import dev.ipwire.search.query.InvalidSearchException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The kinds of names counted by {@code GET /api/v1/entities}, and the index field of each. */
public enum EntityType {
    PERSON("persons"),
    PLACE("places"),
    ORGANIZATION("organizations"),
    /** Provinces the articles are about (normalized {@code regions}). */
    REGION("regions");

    /** The names accepted in {@code type}, in order. */
    public static final List<String> NAMES =
            Arrays.stream(values()).map(EntityType::parameterName).toList();

    private final String field;

    EntityType(String field) {
        this.field = field;
    }

    /** The type named {@code name} (any case); a 400 problem listing the names otherwise. */
    public static EntityType named(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (EntityType type : values()) {
            if (type.parameterName().equals(wanted)) {
                return type;
            }
        }
        throw new InvalidSearchException(
                "type \"" + name + "\" is unknown; use one of " + String.join(", ", NAMES));
    }

    /** As written in {@code type} and in the answer. */
    public String parameterName() {
        return name().toLowerCase(Locale.ROOT);
    }

    String field() {
        return field;
    }
}
