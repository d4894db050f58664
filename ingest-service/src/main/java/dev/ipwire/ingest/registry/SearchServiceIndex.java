package dev.ipwire.ingest.registry;

import dev.ipwire.ingest.IngestProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET {search-base-url}/api/v1/articles/{id}} on search-service, bounded by {@code
 * ipwire.ingest.registry.search-timeout} (name resolution and connecting included). Called only
 * when a client asks for a status.
 */
@Component
class SearchServiceIndex implements SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchServiceIndex.class);

    private final URI base;
    private final Duration timeout;
    private final String apiKey;
    private final JsonMapper json;
    private final HttpClient http;

    SearchServiceIndex(IngestProperties ingest, RegistryProperties properties, JsonMapper json) {
        this.base = ingest.searchBaseUrl();
        this.timeout = properties.searchTimeout();
        this.apiKey = properties.searchApiKey();
        this.json = json;
        this.http =
                HttpClient.newBuilder()
                        .connectTimeout(timeout)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
    }

    @Override
    public Lookup lookup(String id) {
        URI uri =
                UriComponentsBuilder.fromUri(base)
                        .path("/api/v1/articles/{id}")
                        .buildAndExpand(id)
                        .encode()
                        .toUri();
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri)
                        .timeout(timeout)
                        .header("Accept", "application/json")
                        .GET();
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("X-API-Key", apiKey);
        }
        CompletableFuture<HttpResponse<byte[]>> response =
                http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        try {
            return interpret(response.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            response.cancel(true);
            return unreachable(uri, "no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return unreachable(uri, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unreachable(uri, "interrupted");
        }
    }

    private Lookup interpret(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 404) {
            return new Missing();
        }
        if (status != 200) {
            return unreachable(response.uri(), "HTTP " + status);
        }
        try {
            JsonNode revision = json.readTree(response.body()).get("revision");
            if (revision == null || !revision.isIntegralNumber()) {
                return unreachable(response.uri(), "the answer has no numeric \"revision\"");
            }
            return new Indexed(revision.asLong());
        } catch (JacksonException e) {
            return unreachable(response.uri(), "the answer is not JSON: " + e.getOriginalMessage());
        }
    }

    private static Unreachable unreachable(URI uri, String problem) {
        log.debug("search-service lookup {} failed: {}", uri, problem);
        return new Unreachable(problem);
    }
}
