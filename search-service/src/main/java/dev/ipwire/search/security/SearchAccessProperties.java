package dev.ipwire.search.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access to search-service's reads ({@code ipwire.security.*}, beside the keys of {@code
 * dev.ipwire.security.ApiKeyProperties}).
 *
 * @param searchReads {@code keyed} (default): once {@code IPWIRE_SEARCH_KEY} is set, searching,
 *     reading articles, suggestions, trends and entities need it; the editor page, which calls the
 *     API from the browser without a key, then cannot search. {@code open}: those reads stay public
 *     while alerts still need the key. Without a search key reads are open either way.
 */
@ConfigurationProperties("ipwire.security")
public record SearchAccessProperties(@DefaultValue("keyed") SearchReads searchReads) {}
