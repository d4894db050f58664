package dev.ipwire.search.api;

import dev.ipwire.contracts.Topic;
import dev.ipwire.search.SearchProperties;
import dev.ipwire.search.query.ArticleSearch;
import dev.ipwire.search.query.InvalidSearchException;
import dev.ipwire.search.query.QueryParser;
import dev.ipwire.search.query.SearchRequest;
import dev.ipwire.search.query.SearchResult;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search}: full-text search with filters, facets and highlights. */
@RestController
class SearchController {

    private final ArticleSearch search;
    private final SearchProperties properties;

    SearchController(ArticleSearch search, SearchProperties properties) {
        this.search = search;
        this.properties = properties;
    }

    @GetMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
    SearchResult search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String person,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String organization,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false, defaultValue = "relevance") String sort,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size)
            throws IOException {
        return search.search(
                request(
                        q,
                        topic,
                        person,
                        place,
                        organization,
                        region,
                        source,
                        from,
                        to,
                        sort,
                        page,
                        size));
    }

    SearchRequest request(
            String q,
            String topic,
            String person,
            String place,
            String organization,
            String region,
            String source,
            String from,
            String to,
            String sort,
            String page,
            String size) {
        if (q != null && q.length() > properties.maxQueryLength()) {
            throw new InvalidSearchException(
                    "q is "
                            + q.length()
                            + " characters long; at most "
                            + properties.maxQueryLength()
                            + " are allowed");
        }
        if (topic != null && !topic.isBlank() && !Topic.NAMES.contains(topic.strip())) {
            throw new InvalidSearchException(
                    "topic \""
                            + topic
                            + "\" is unknown; use one of "
                            + String.join(", ", Topic.NAMES));
        }
        if (!"relevance".equals(sort) && !"date".equals(sort)) {
            throw new InvalidSearchException(
                    "sort \"" + sort + "\" is unknown; use relevance or date");
        }
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new InvalidSearchException(
                    "from (" + fromDate + ") is after to (" + toDate + ")");
        }
        int pageNumber = number("page", page, 1);
        int pageSize = number("size", size, properties.defaultPageSize());
        if (pageNumber < 1) {
            throw new InvalidSearchException("page must be 1 or more, got " + pageNumber);
        }
        if (pageSize < 1 || pageSize > properties.maxPageSize()) {
            throw new InvalidSearchException(
                    "size must be between 1 and " + properties.maxPageSize() + ", got " + pageSize);
        }
        if ((long) pageNumber * pageSize > properties.maxResultWindow()) {
            throw new InvalidSearchException(
                    "page "
                            + pageNumber
                            + " × size "
                            + pageSize
                            + " goes past the first "
                            + properties.maxResultWindow()
                            + " hits, the deepest that can be paged to; narrow the search instead");
        }
        return new SearchRequest(
                QueryParser.parse(q),
                blankToNull(topic),
                blankToNull(person),
                blankToNull(place),
                blankToNull(organization),
                blankToNull(region),
                blankToNull(source),
                fromDate,
                toDate,
                "date".equals(sort),
                pageNumber,
                pageSize);
    }

    private static LocalDate date(String name, String value) {
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

    private static int number(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSearchException(name + " \"" + value + "\" is not a whole number");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
