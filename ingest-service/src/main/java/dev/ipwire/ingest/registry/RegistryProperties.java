package dev.ipwire.ingest.registry;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the article registry ({@code ipwire.ingest.registry.*}).
 *
 * @param searchTimeout how long a status request waits for search-service before it reports the
 *     last known state
 * @param searchApiKey sent as {@code X-API-Key} to search-service when set
 * @param maxArticles how many of the most recent articles are kept for near-duplicate detection
 *     (about 1.7 KB each)
 */
@ConfigurationProperties("ipwire.ingest.registry")
public record RegistryProperties(
        @DefaultValue("2s") Duration searchTimeout,
        @DefaultValue("") String searchApiKey,
        @DefaultValue("100000") int maxArticles) {}
