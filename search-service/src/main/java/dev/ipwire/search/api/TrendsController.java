package dev.ipwire.search.api;

import static dev.ipwire.search.api.ApiDocumentation.INVALID;
import static dev.ipwire.search.api.ApiDocumentation.UNAVAILABLE;

import dev.ipwire.search.SearchProperties;
import dev.ipwire.search.query.trends.Interval;
import dev.ipwire.search.query.trends.TrendProperties;
import dev.ipwire.search.query.trends.TrendResult;
import dev.ipwire.search.query.trends.Trends;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import org.springdoc.core.annotations.ParameterObject;
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

    @Operation(
            summary = "Articles per interval and topic",
            description =
                    "Matching articles per day, week (from Monday), month, quarter or year of"
                            + " their printed publication date, and per topic (an article may"
                            + " carry several topics or none). Quiet intervals between the first"
                            + " and last article, and out to from/to when given, count zero;"
                            + " articles without a date are counted in undated.")
    @ApiResponse(responseCode = "200", description = "The intervals, oldest first.")
    @ApiResponse(responseCode = "400", description = INVALID)
    @ApiResponse(responseCode = "503", description = UNAVAILABLE)
    @GetMapping(path = "/api/v1/trends", produces = MediaType.APPLICATION_JSON_VALUE)
    TrendResult trends(
            @ParameterObject FilterParameters filters,
            @Parameter(
                            description = "Bucket width.",
                            schema =
                                    @Schema(
                                            allowableValues = {
                                                "day", "week", "month", "quarter", "year"
                                            },
                                            defaultValue = "month"))
                    @RequestParam(required = false)
                    String interval)
            throws IOException {
        Interval width = interval(interval);
        return trends.trends(filters.toRequest(searchProperties), width);
    }

    Interval interval(String interval) {
        return Interval.named(
                interval == null || interval.isBlank() ? properties.defaultInterval() : interval);
    }
}
