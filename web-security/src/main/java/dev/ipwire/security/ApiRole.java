package dev.ipwire.security;

import java.util.Locale;

/** What a key may do. The admin key holds every role. */
public enum ApiRole {
    /** Submitting articles and managing feeds. */
    INGEST,
    /** Reading the search API and keeping one's own alerts. */
    SEARCH,
    /**
     * Operating the service: admin endpoints and actuator endpoints beyond health, info,
     * prometheus.
     */
    ADMIN;

    /** The Spring Security authority a key with this role is granted. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The environment variable that sets this role's key, e.g. {@code IPWIRE_INGEST_KEY}. */
    public String environmentVariable() {
        return "IPWIRE_" + name() + "_KEY";
    }

    /** Lower-case name used in answers, e.g. {@code ingest}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
