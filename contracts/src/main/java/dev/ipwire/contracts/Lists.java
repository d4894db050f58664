package dev.ipwire.contracts;

import java.util.List;
import java.util.Objects;

/** Null-safe list handling for the records: a missing list reads as an empty one. */
final class Lists {

    private Lists() {}

    /** An unmodifiable copy without null elements; empty for {@code null}. */
    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
