package dev.ipwire.search.alerts;

import dev.ipwire.search.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** The alerts endpoints over plain HTTP, as a script would call them. */
final class AlertsApi {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final ApiClient api;

    AlertsApi(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.api = ApiClient.onPort(port);
    }

    /** One answer, with its Location header. */
    record Answer(int status, String contentType, String location, String body) {

        JsonNode json() {
            return dev.ipwire.search.TestArticles.JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    Answer create(String json) {
        return send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/alerts"))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Answer get(String id) {
        return send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/alerts/" + id))
                        .header("Accept", "application/json")
                        .GET());
    }

    Answer list() {
        return send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/alerts"))
                        .header("Accept", "application/json")
                        .GET());
    }

    Answer delete(String id) {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/alerts/" + id)).DELETE());
    }

    /** The search API, for comparing what an alert matches with what a search lists. */
    ApiClient search() {
        return api;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(
                            request.timeout(Duration.ofSeconds(30)).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
