package dev.ipwire.search.api;

import dev.ipwire.contracts.Topic;
import dev.ipwire.search.SearchProperties;
import dev.ipwire.search.query.InvalidSearchException;
import dev.ipwire.search.query.QueryParser;
import dev.ipwire.search.query.SearchRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads and checks request parameters the endpoints share; every refusal says what is allowed. */
final class Parameters {

    private Parameters() {}

    /**
     * The articles {@code q} and the filters select, as a search with the same parameters would
     * find them (paging and sort left at their defaults: callers aggregate, they do not page).
     */
    static SearchRequest filters(
            SearchProperties properties,
            String q,
            String topic,
            String person,
            String place,
            String organization,
            String region,
            String source,
            String from,
            String to) {
        checkQueryLength(q, properties.maxQueryLength());
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        checkRange(fromDate, toDate);
        return new SearchRequest(
                QueryParser.parse(q),
                topic(topic),
                blankToNull(person),
                blankToNull(place),
                blankToNull(organization),
                blankToNull(region),
                blankToNull(source),
                fromDate,
                toDate,
                false,
                1,
                properties.defaultPageSize());
    }

    static void checkQueryLength(String q, int maxLength) {
        if (q != null && q.length() > maxLength) {
            throw new InvalidSearchException(
                    "q is "
                            + q.length()
                            + " characters long; at most "
                            + maxLength
                            + " are allowed");
        }
    }

    /** A known topic name, or null when not given. */
    static String topic(String topic) {
        if (topic == null || topic.isBlank()) {
            return null;
        }
        if (!Topic.NAMES.contains(topic.strip())) {
            throw new InvalidSearchException(
                    "topic \""
                            + topic
                            + "\" is unknown; use one of "
                            + String.join(", ", Topic.NAMES));
        }
        return topic.strip();
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidSearchException(
                    name + " \"" + value + "\" is not a date; use YYYY-MM-DD, e.g. 2024-01-31");
        }
    }

    static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidSearchException("from (" + from + ") is after to (" + to + ")");
        }
    }

    static int number(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSearchException(name + " \"" + value + "\" is not a whole number");
        }
    }

    /** {@code size}: a whole number from 1 to {@code max}, {@code fallback} when not given. */
    static int size(String value, int fallback, int max) {
        int size = number("size", value, fallback);
        if (size < 1 || size > max) {
            throw new InvalidSearchException("size must be between 1 and " + max + ", got " + size);
        }
        return size;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
