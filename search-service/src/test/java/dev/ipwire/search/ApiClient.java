package dev.ipwire.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * A plain HTTP client for the running service, as an editor's browser or a script would call it.
 */
public final class ApiClient {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String apiKey;

    public ApiClient(String base) {
        this(base, null);
    }

    private ApiClient(String base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
    }

    /** The same client sending {@code X-API-Key: key} (admin endpoints are always keyed). */
    public ApiClient withKey(String key) {
        return new ApiClient(base, key);
    }

    /** The admin key the integration tests give the service ({@code ipwire.security.admin-key}). */
    public static final String TEST_ADMIN_KEY = "it-admin-key-0123456789";

    public static ApiClient onPort(int port) {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    /** A GET of {@code path} (already encoded) with {@code Accept: application/json}. */
    public Response get(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json")
                        .GET();
        if (apiKey != null) {
            builder.header("X-API-Key", apiKey);
        }
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code GET /api/v1/search} with these parameters (name, value, name, value…), encoded. */
    public Response search(String... nameValuePairs) {
        return get("/api/v1/search", nameValuePairs);
    }

    /** A GET of {@code path} with these parameters (name, value, name, value…), encoded. */
    public Response get(String path, String... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name/value pairs");
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            parts.add(encode(nameValuePairs[i]) + "=" + encode(nameValuePairs[i + 1]));
        }
        return get(parts.isEmpty() ? path : path + "?" + String.join("&", parts));
    }

    /** {@code GET /api/v1/articles/{id}/similar} with these parameters. */
    public Response similar(String id, String... nameValuePairs) {
        return get(
                "/api/v1/articles/" + encode(id).replace("+", "%20") + "/similar", nameValuePairs);
    }

    /** {@code GET /api/v1/articles/{id}}. */
    public Response article(String id) {
        return get("/api/v1/articles/" + encode(id).replace("+", "%20"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One HTTP response. */
    public record Response(int status, String contentType, String body) {

        public JsonNode json() {
            return TestArticles.JSON.readTree(body);
        }

        /** The ids of the hits of a search response, in order. */
        public List<String> hitIds() {
            List<String> ids = new ArrayList<>();
            json().path("hits").forEach(hit -> ids.add(hit.path("id").asString()));
            return ids;
        }

        /** The highlights of one hit of a search response. */
        public List<String> highlightsOf(String id) {
            for (JsonNode hit : json().path("hits")) {
                if (id.equals(hit.path("id").asString())) {
                    List<String> highlights = new ArrayList<>();
                    hit.path("highlights").forEach(h -> highlights.add(h.asString()));
                    return highlights;
                }
            }
            throw new AssertionError("no hit " + id + " in " + body);
        }

        /** The values and counts of one facet of a search response. */
        public Map<String, Long> facet(String name) {
            List<JsonNode> values = new ArrayList<>();
            json().path("facets").path(name).forEach(values::add);
            return values.stream()
                    .collect(
                            Collectors.toMap(
                                    v -> v.path("value").asString(),
                                    v -> v.path("count").asLong(),
                                    Long::sum,
                                    LinkedHashMap::new));
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
