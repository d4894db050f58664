package dev.ipwire.ingest.registry;

/** Asks search-service which revision of an article it has indexed. */
public interface SearchIndex {

    /** What search-service answered about the article. */
    sealed interface Lookup {}

    /** Indexed at {@code revision}. */
    record Indexed(long revision) implements Lookup {}

    /** Not in the index (yet). */
    record Missing() implements Lookup {}

    /** No usable answer; {@code problem} says why. */
    record Unreachable(String problem) implements Lookup {}

    Lookup lookup(String id);
}
