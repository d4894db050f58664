package dev.ipwire.ingest.api;

import static dev.ipwire.ingest.api.ApiDocumentation.FEED_CONFLICT;
import static dev.ipwire.ingest.api.ApiDocumentation.FEED_LOG_UNAVAILABLE;
import static dev.ipwire.ingest.api.ApiDocumentation.INVALID;
import static dev.ipwire.ingest.api.ApiDocumentation.UNKNOWN_FEED;
import static dev.ipwire.ingest.api.ApiDocumentation.UNSUPPORTED;

import dev.ipwire.ingest.feeds.FeedRequestException;
import dev.ipwire.ingest.feeds.FeedService;
import dev.ipwire.ingest.feeds.FeedSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * RSS/Atom feeds polled by this instance: {@code GET /api/v1/feeds} lists the configured and the
 * registered ones with their last poll; {@code POST} registers one ({@code {"url", "name"?,
 * "interval"?}}); {@code DELETE /api/v1/feeds/{id}} removes a registered one.
 */
@RestController
@RequestMapping("/api/v1/feeds")
class FeedController {

    private final FeedService feeds;
    private final JsonMapper json;

    FeedController(FeedService feeds, JsonMapper json) {
        this.feeds = feeds;
        this.json = json;
    }

    /**
     * The answer to {@code GET /api/v1/feeds}.
     *
     * @param enabled whether this instance polls feeds
     * @param feeds configured feeds first, then registered ones in registration order
     */
    record FeedList(boolean enabled, List<FeedSummary> feeds) {}

    @Operation(
            summary = "List feeds",
            description = "Configured feeds first, then registered ones, with their last poll.")
    @ApiResponse(responseCode = "200", description = "The feeds.")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    FeedList list() {
        return new FeedList(feeds.enabled(), feeds.list());
    }

    @Operation(summary = "One feed")
    @ApiResponse(responseCode = "200", description = "The feed and its last poll.")
    @ApiResponse(responseCode = "404", description = UNKNOWN_FEED)
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    FeedSummary feed(@Parameter(description = "Feed id.") @PathVariable String id) {
        return feeds.find(id);
    }

    @Operation(
            summary = "Register a feed",
            description = "An RSS or Atom feed for this instance to poll.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = FeedRequest.class)))
    @ApiResponse(
            responseCode = "201",
            description = "Registered.",
            headers = @Header(name = "Location", description = "The feed: /api/v1/feeds/{id}."))
    @ApiResponse(responseCode = "400", description = INVALID)
    @ApiResponse(responseCode = "409", description = FEED_CONFLICT)
    @ApiResponse(responseCode = "415", description = UNSUPPORTED)
    @ApiResponse(responseCode = "503", description = FEED_LOG_UNAVAILABLE)
    @PostMapping(
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FeedSummary> register(
            @Parameter(hidden = true) @RequestBody(required = false) String body) {
        JsonNode request = request(body);
        FeedSummary feed =
                feeds.register(
                        text(request, "url"), text(request, "name"), text(request, "interval"));
        URI location =
                UriComponentsBuilder.fromPath("/api/v1/feeds/{id}")
                        .buildAndExpand(feed.id())
                        .toUri();
        return ResponseEntity.created(location).body(feed);
    }

    @Operation(summary = "Remove a registered feed")
    @ApiResponse(responseCode = "204", description = "Removed.")
    @ApiResponse(responseCode = "404", description = UNKNOWN_FEED)
    @ApiResponse(responseCode = "409", description = FEED_CONFLICT)
    @ApiResponse(responseCode = "503", description = FEED_LOG_UNAVAILABLE)
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@Parameter(description = "Feed id.") @PathVariable String id) {
        feeds.delete(id);
        return ResponseEntity.noContent().build();
    }

    /**
     * The body of a registration, for the API description only.
     *
     * @param url the feed's address
     * @param name the outlet, optional
     * @param interval time between polls, optional
     */
    record FeedRequest(
            @Schema(
                            requiredMode = Schema.RequiredMode.REQUIRED,
                            description = "The feed's address (http or https).",
                            example = "https://news.example.cn/ip/rss.xml")
                    String url,
            @Schema(description = "The outlet's name.") String name,
            @Schema(description = "Time between polls: 10m, PT10M or seconds.", example = "10m")
                    String interval) {}

    private JsonNode request(String body) {
        if (body == null || body.isBlank()) {
            throw invalid(
                    "the request body is empty: send {\"url\": \"https://…/rss.xml\", \"name\":"
                            + " \"<outlet>\", \"interval\": \"10m\"} (name and interval optional)");
        }
        JsonNode request;
        try {
            request = json.readTree(body);
        } catch (JacksonException e) {
            throw invalid(
                    "the body is not valid JSON: send {\"url\": \"https://…/rss.xml\", \"name\":"
                            + " \"<outlet>\", \"interval\": \"10m\"}");
        }
        if (request == null || !request.isObject()) {
            throw invalid("the body must be a JSON object {\"url\": …}");
        }
        return request;
    }

    /** A string field; a number is taken as its text (an interval in seconds). */
    private static String text(JsonNode request, String field) {
        JsonNode value = request.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString() || value.isNumber()) {
            return value.asString();
        }
        throw invalid("\"" + field + "\" must be a string");
    }

    private static FeedRequestException invalid(String message) {
        return new FeedRequestException(FeedRequestException.Reason.INVALID, message);
    }
}
