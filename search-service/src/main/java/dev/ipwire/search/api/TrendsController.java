package dev.ipwire.search.api;

import dev.ipwire.search.SearchProperties;
import dev.ipwire.search.query.SearchRequest;
import dev.ipwire.search.query.trends.Interval;
import dev.ipwire.search.query.trends.TrendProperties;
import dev.ipwire.search.query.trends.TrendResult;
import dev.ipwire.search.query.trends.Trends;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/trends}: matching articles per day, week, month, quarter or year, per topic.
 * {@code q} and the filters mean what they mean in a search.
 */
@RestController
class TrendsController {

    private final Trends trends;
    private final SearchProperties searchProperties;
    private final TrendProperties properties;

    TrendsController(Trends trends, SearchProperties searchProperties, TrendProperties properties) {
        this.trends = trends;
        this.searchProperties = searchProperties;
        this.properties = properties;
    }

    @GetMapping(path = "/api/v1/trends", produces = MediaType.APPLICATION_JSON_VALUE)
    TrendResult trends(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String person,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String organization,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String interval)
            throws IOException {
        Interval width = interval(interval);
        SearchRequest filters =
                Parameters.filters(
                        searchProperties,
                        q,
                        topic,
                        person,
                        place,
                        organization,
                        region,
                        source,
                        from,
                        to);
        return trends.trends(filters, width);
    }

    Interval interval(String interval) {
        return Interval.named(
                interval == null || interval.isBlank() ? properties.defaultInterval() : interval);
    }
}
