package dev.ipwire.search.security;

/** Whether the search API's reads need the search key. */
public enum SearchReads {
    /** Reads are public, even when a search key is set (the editor page works in any browser). */
    OPEN,
    /** Reads need the search key (or the admin key) when one is configured. */
    KEYED
}
