package dev.ipwire.search.query.trends;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code GET /api/v1/trends} ({@code ipwire.search.trends.*}).
 *
 * @param defaultInterval bucket width when {@code interval} is not given
 * @param maxBuckets most intervals one answer may have; a longer {@code from}–{@code to} range
 *     needs a wider interval
 */
@ConfigurationProperties("ipwire.search.trends")
public record TrendProperties(
        @DefaultValue("month") String defaultInterval, @DefaultValue("5000") int maxBuckets) {}
