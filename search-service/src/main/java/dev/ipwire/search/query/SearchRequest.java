package dev.ipwire.search.query;

import java.time.LocalDate;

/**
 * A validated search.
 *
 * @param query the parsed {@code q}
 * @param topic topic filter or null
 * @param person person filter or null
 * @param place place filter or null
 * @param organization organization filter or null
 * @param region province filter or null
 * @param source outlet filter or null
 * @param from earliest publication date or null
 * @param to latest publication date or null
 * @param sortByDate newest first instead of by relevance
 * @param page 1-based page number
 * @param size hits per page
 */
public record SearchRequest(
        ParsedQuery query,
        String topic,
        String person,
        String place,
        String organization,
        String region,
        String source,
        LocalDate from,
        LocalDate to,
        boolean sortByDate,
        int page,
        int size) {}
