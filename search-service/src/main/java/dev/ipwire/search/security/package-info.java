/**
 * Who may call search-service: the API-key role of every path ({@link
 * dev.ipwire.search.security.SearchSecurityConfiguration}); the keys themselves are checked by
 * {@code dev.ipwire.security}.
 */
package dev.ipwire.search.security;
