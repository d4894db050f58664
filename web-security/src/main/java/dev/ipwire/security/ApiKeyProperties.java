package dev.ipwire.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API keys, one per role ({@code ipwire.security.*}). The services map them from {@code
 * IPWIRE_INGEST_KEY}, {@code IPWIRE_SEARCH_KEY} and {@code IPWIRE_ADMIN_KEY}. An empty key means
 * the role is not keyed: its endpoints are open, except admin endpoints, which are then refused.
 *
 * @param ingestKey the key of the {@link ApiRole#INGEST} role; empty: ingest endpoints are open
 * @param searchKey the key of the {@link ApiRole#SEARCH} role; empty: search endpoints are open
 * @param adminKey the key of the {@link ApiRole#ADMIN} role, which also holds every other role;
 *     empty: admin endpoints are refused
 */
@ConfigurationProperties("ipwire.security")
public record ApiKeyProperties(
        @DefaultValue("") String ingestKey,
        @DefaultValue("") String searchKey,
        @DefaultValue("") String adminKey) {

    /** Normalizes null keys to empty. */
    public ApiKeyProperties {
        ingestKey = ingestKey == null ? "" : ingestKey.strip();
        searchKey = searchKey == null ? "" : searchKey.strip();
        adminKey = adminKey == null ? "" : adminKey.strip();
    }

    /** The key configured for a role, empty when none. */
    public String keyOf(ApiRole role) {
        return switch (role) {
            case INGEST -> ingestKey;
            case SEARCH -> searchKey;
            case ADMIN -> adminKey;
        };
    }

    /** Keys never appear in logs or actuator output. */
    @Override
    public String toString() {
        return "ApiKeyProperties[ingestKey="
                + mask(ingestKey)
                + ", searchKey="
                + mask(searchKey)
                + ", adminKey="
                + mask(adminKey)
                + "]";
    }

    private static String mask(String key) {
        return key.isEmpty() ? "(not set)" : "(set)";
    }
}
