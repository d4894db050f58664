package dev.ipwire.search.alerts;

/**
 * A validated request to create an alert.
 *
 * @param name optional name
 * @param q the query or null
 * @param filters the filters
 * @param webhook absolute http(s) URL
 * @param secret the caller's signing secret, or null to have one generated
 */
public record NewAlert(
        String name, String q, AlertFilters filters, String webhook, String secret) {}
