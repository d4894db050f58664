package dev.ipwire.search.query.suggest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code GET /api/v1/suggest} ({@code ipwire.search.suggest.*}).
 *
 * @param maxSuggestions most completions in one answer
 * @param maxPrefixLength longest {@code prefix} accepted, in characters
 */
@ConfigurationProperties("ipwire.search.suggest")
public record SuggestProperties(
        @DefaultValue("10") int maxSuggestions, @DefaultValue("50") int maxPrefixLength) {}
