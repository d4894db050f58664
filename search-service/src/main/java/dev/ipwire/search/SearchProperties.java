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
 */
@ConfigurationProperties("ipwire.search")
public record SearchProperties(
        @DefaultValue("1000") int maxQueryLength,
        @DefaultValue("10") int defaultPageSize,
        @DefaultValue("100") int maxPageSize,
        @DefaultValue("10000") int maxResultWindow) {}
