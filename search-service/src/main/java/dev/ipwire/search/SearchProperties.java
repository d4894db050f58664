package dev.ipwire.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of search-service ({@code ipwire.search.*}).
 *
 * @param maxQueryLength longest {@code q} accepted, in characters
 * @param defaultPageSize hits per page when {@code size} is not given
 * @param maxPageSize largest {@code size} accepted
 * @param maxResultWindow deepest hit reachable by paging ({@code page × size}); matches the index's
 *     {@code max_result_window}
 * @param requestCache whether searches ask Elasticsearch to keep their query-phase results (hits,
 *     total, facets) in its shard request cache; an entry lives until the next refresh that changed
 *     the index, so results are never stale, and an editor page's repeated searches (the landing
 *     page, facet clicks, paging back) cost only the fetch of the page's articles
 */
@ConfigurationProperties("ipwire.search")
public record SearchProperties(
        @DefaultValue("1000") int maxQueryLength,
        @DefaultValue("10") int defaultPageSize,
        @DefaultValue("100") int maxPageSize,
        @DefaultValue("10000") int maxResultWindow,
        @DefaultValue("true") boolean requestCache) {}
