package dev.ipwire.search.api;

import static dev.ipwire.search.api.ApiDocumentation.INVALID;
import static dev.ipwire.search.api.ApiDocumentation.UNAVAILABLE;

import dev.ipwire.search.SearchProperties;
import dev.ipwire.search.indexing.ArticleIndex;
import dev.ipwire.search.query.ArticleSearch;
import dev.ipwire.search.query.InvalidSearchException;
import dev.ipwire.search.query.QueryParser;
import dev.ipwire.search.query.SearchRequest;
import dev.ipwire.search.query.SearchResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/search}: full-text search with filters, facets and highlights. */
@RestController
class SearchController {

    private final ArticleSearch search;
    private final SearchProperties properties;
    private final JsonMapper json;

    SearchController(ArticleSearch search, SearchProperties properties, JsonMapper json) {
        this.search = search;
        this.properties = properties;
        this.json = json;
    }

    @Operation(
            summary = "Search articles",
            description =
                    "Full-text search with filters; facets count the matching articles per topic,"
                            + " region, person, organization and source; highlights mark matches"
                            + " in the original text (<em>, HTML-escaped).")
    @ApiResponse(responseCode = "200", description = "A page of hits, the total and the facets.")
    @ApiResponse(responseCode = "400", description = INVALID)
    @ApiResponse(responseCode = "503", description = UNAVAILABLE)
    @GetMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
    SearchResult search(
            @ParameterObject FilterParameters filters,
            @Parameter(
                            description = "relevance (default) or date (newest first).",
                            schema =
                                    @Schema(
                                            allowableValues = {"relevance", "date"},
                                            defaultValue = "relevance"))
                    @RequestParam(required = false, defaultValue = "relevance")
                    String sort,
            @Parameter(
                            description = "1-based page number; page × size may not exceed 10000.",
                            schema = @Schema(type = "integer", minimum = "1", defaultValue = "1"))
                    @RequestParam(required = false)
                    String page,
            @Parameter(
                            description = "Hits per page.",
                            schema =
                                    @Schema(
                                            type = "integer",
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "10"))
                    @RequestParam(required = false)
                    String size)
            throws IOException {
        return search.search(
                request(
                        filters.q(),
                        filters.topic(),
                        filters.person(),
                        filters.place(),
                        filters.organization(),
                        filters.region(),
                        filters.source(),
                        filters.from(),
                        filters.to(),
                        sort,
                        page,
                        size));
    }

    /** What a search sends to Elasticsearch: the index (alias), the URL parameters, the body. */
    record ElasticsearchRequest(String index, Map<String, String> parameters, JsonNode body) {}

    @Operation(
            summary = "The Elasticsearch request of a search (admin)",
            description =
                    "The request body and URL parameters GET /api/v1/search sends to Elasticsearch"
                        + " for the same parameters, and the index it searches: for timing the same"
                        + " query against Elasticsearch alone (./ipwire bench) and for explaining a"
                        + " ranking. Needs the admin key.")
    @ApiResponse(responseCode = "200", description = "The index and the request body.")
    @ApiResponse(responseCode = "400", description = INVALID)
    @ApiResponse(responseCode = "503", description = UNAVAILABLE)
    @GetMapping(path = "/api/v1/admin/search-request", produces = MediaType.APPLICATION_JSON_VALUE)
    ElasticsearchRequest elasticsearchRequest(
            @ParameterObject FilterParameters filters,
            @Parameter(
                            description = "relevance (default) or date (newest first).",
                            schema =
                                    @Schema(
                                            allowableValues = {"relevance", "date"},
                                            defaultValue = "relevance"))
                    @RequestParam(required = false, defaultValue = "relevance")
                    String sort,
            @Parameter(
                            description = "1-based page number; page × size may not exceed 10000.",
                            schema = @Schema(type = "integer", minimum = "1", defaultValue = "1"))
                    @RequestParam(required = false)
                    String page,
            @Parameter(
                            description = "Hits per page.",
                            schema =
                                    @Schema(
                                            type = "integer",
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "10"))
                    @RequestParam(required = false)
                    String size) {
        SearchRequest request =
                request(
                        filters.q(),
                        filters.topic(),
                        filters.person(),
                        filters.place(),
                        filters.organization(),
                        filters.region(),
                        filters.source(),
                        filters.from(),
                        filters.to(),
                        sort,
                        page,
                        size);
        return new ElasticsearchRequest(
                ArticleIndex.ALIAS,
                search.elasticsearchParameters(),
                json.readTree(search.elasticsearchBody(request)));
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
        Parameters.checkQueryLength(q, properties.maxQueryLength());
        String knownTopic = Parameters.topic(topic);
        if (!"relevance".equals(sort) && !"date".equals(sort)) {
            throw new InvalidSearchException(
                    "sort \"" + sort + "\" is unknown; use relevance or date");
        }
        LocalDate fromDate = Parameters.date("from", from);
        LocalDate toDate = Parameters.date("to", to);
        Parameters.checkRange(fromDate, toDate);
        int pageNumber = Parameters.number("page", page, 1);
        int pageSize = Parameters.number("size", size, properties.defaultPageSize());
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
                knownTopic,
                Parameters.blankToNull(person),
                Parameters.blankToNull(place),
                Parameters.blankToNull(organization),
                Parameters.blankToNull(region),
                Parameters.blankToNull(source),
                fromDate,
                toDate,
                "date".equals(sort),
                pageNumber,
                pageSize);
    }
}
