package dev.ipwire.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for scenarios: what an API client of IPWire sends and sees. */
final class Http {

    /**
     * One exchange.
     *
     * @param status HTTP status
     * @param contentType the Content-Type header, or ""
     * @param body the body as text
     * @param json the body parsed, or a missing node when it is not JSON
     * @param headers response headers (first value each)
     */
    record Response(
            int status,
            String contentType,
            String body,
            JsonNode json,
            Map<String, String> headers) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client =
            HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .proxy(HttpClient.Builder.NO_PROXY)
                    .build();

    Response get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    Response postJson(String url, Object body) throws Exception {
        return post(url, "application/json", JSON.writeValueAsString(body));
    }

    Response post(String url, String contentType, String body) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Response send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response =
                client.send(
                        request.timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        JsonNode json;
        try {
            json = JSON.readTree(response.body());
        } catch (RuntimeException e) {
            json = JSON.missingNode();
        }
        Map<String, String> headers = new java.util.HashMap<>();
        response.headers()
                .map()
                .forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
        return new Response(response.statusCode(), contentType, response.body(), json, headers);
    }
}
