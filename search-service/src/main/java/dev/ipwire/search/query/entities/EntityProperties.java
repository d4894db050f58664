package dev.ipwire.search.query.entities;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code GET /api/v1/entities} ({@code ipwire.search.entities.*}).
 *
 * @param defaultSize names listed when {@code size} is not given
 * @param maxSize largest {@code size} accepted
 */
@ConfigurationProperties("ipwire.search.entities")
public record EntityProperties(
        @DefaultValue("10") int defaultSize, @DefaultValue("100") int maxSize) {}
