package dev.ipwire.bench.pipeline;

import dev.ipwire.bench.articles.GeneratedArticle;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bench's HTTP side: posts articles as a newsroom would, asks the search API and Elasticsearch
 * what is searchable. One client for all threads (the JDK client pools its connections).
 */
public final class PipelineClient {

    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .proxy(HttpClient.Builder.NO_PROXY)
                    .build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String ingest;
    private final String search;
    private final String elasticsearch;
    private final String adminKey;

    public PipelineClient(String ingest, String search, String elasticsearch, String adminKey) {
        this.ingest = ingest;
        this.search = search;
        this.elasticsearch = elasticsearch;
        this.adminKey = adminKey;
    }

    /**
     * An article as the ingest API takes it; {@code source}/{@code date} override the article's.
     */
    public Map<String, Object> submission(GeneratedArticle article, String source, LocalDate date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", article.content());
        body.put("source", source != null ? source : article.source());
        body.put("publishedAt", (date != null ? date : article.publishedAt()).toString());
        return body;
    }

    /**
     * Posts one batch; returns the accepted ids in order. Items refused for a passing reason (503)
     * are sent again after a second; any other refusal is an error of the bench.
     */
    public List<String> postBatch(List<Map<String, Object>> items)
            throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        List<Map<String, Object>> pending = items;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            HttpResponse<String> response =
                    send(
                            HttpRequest.newBuilder(URI.create(ingest + "/api/v1/articles/batch"))
                                    .header("Content-Type", "application/json")
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    json.writeValueAsString(pending)))
                                    .timeout(Duration.ofSeconds(120))
                                    .build());
            if (response.statusCode() != 200) {
                throw new IOException(
                        "batch refused: " + response.statusCode() + " " + response.body());
            }
            List<Map<String, Object>> again = new ArrayList<>();
            JsonNode results = json.readTree(response.body()).path("results");
            for (int i = 0; i < pending.size(); i++) {
                JsonNode result = results.get(i);
                int status = result.path("status").asInt();
                if (status == 202) {
                    ids.add(result.path("result").path("id").asString());
                } else if (status == 503 && attempt < 30) {
                    again.add(pending.get(i));
                } else {
                    throw new IOException("item refused: " + result);
                }
            }
            if (!again.isEmpty()) {
                Thread.sleep(1000);
            }
            pending = again;
        }
        return ids;
    }

    /** Posts one article; returns its id. */
    public String post(Map<String, Object> item) throws IOException, InterruptedException {
        HttpResponse<String> response =
                send(
                        HttpRequest.newBuilder(URI.create(ingest + "/api/v1/articles"))
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                json.writeValueAsString(item)))
                                .timeout(Duration.ofSeconds(30))
                                .build());
        if (response.statusCode() != 202) {
            throw new IOException(
                    "article refused: " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body()).path("id").asString();
    }

    /** Articles Elasticsearch finds in the index (searchable: refreshed). */
    public long indexedCount() throws IOException, InterruptedException {
        HttpResponse<String> response =
                send(
                        HttpRequest.newBuilder(URI.create(elasticsearch + "/articles/_count"))
                                .GET()
                                .build());
        if (response.statusCode() == 404) {
            return 0;
        }
        if (response.statusCode() != 200) {
            throw new IOException(
                    "counting failed: " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body()).path("count").asLong();
    }

    /** Which of these ids the index holds (refreshed first, so every write counts). */
    public List<String> indexedOf(List<String> ids) throws IOException, InterruptedException {
        send(
                HttpRequest.newBuilder(URI.create(elasticsearch + "/articles/_refresh"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
        List<String> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 5000) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + 5000));
            Map<String, Object> query =
                    Map.of(
                            "size", slice.size(),
                            "_source", false,
                            "query", Map.of("ids", Map.of("values", slice)));
            HttpResponse<String> response =
                    send(
                            HttpRequest.newBuilder(URI.create(elasticsearch + "/articles/_search"))
                                    .header("Content-Type", "application/json")
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    json.writeValueAsString(query)))
                                    .build());
            json.readTree(response.body())
                    .at("/hits/hits")
                    .forEach(hit -> found.add(hit.path("_id").asString()));
        }
        return found;
    }

    /** Ids of a search API page, newest first, narrowed to an outlet. */
    public List<String> newestOf(String source, int size) throws IOException, InterruptedException {
        HttpResponse<String> response =
                send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                search
                                                        + "/api/v1/search?sort=date&size="
                                                        + size
                                                        + "&source="
                                                        + encode(source)))
                                .GET()
                                .build());
        if (response.statusCode() != 200) {
            throw new IOException(
                    "search failed: " + response.statusCode() + " " + response.body());
        }
        List<String> ids = new ArrayList<>();
        json.readTree(response.body())
                .path("hits")
                .forEach(hit -> ids.add(hit.path("id").asString()));
        return ids;
    }

    /**
     * A search as the API sends it to Elasticsearch.
     *
     * @param parameters the URL parameters ({@code request_cache})
     * @param body the request body
     */
    public record ElasticsearchSearch(Map<String, String> parameters, String body) {

        /** The same search with Elasticsearch's request cache off. */
        public ElasticsearchSearch uncached() {
            Map<String, String> changed = new TreeMap<>(parameters);
            changed.put("request_cache", "false");
            return new ElasticsearchSearch(changed, body);
        }
    }

    /** What the search API sends to Elasticsearch for {@code q} (admin endpoint). */
    public ElasticsearchSearch elasticsearchSearchOf(String q)
            throws IOException, InterruptedException {
        HttpResponse<String> response =
                send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                search
                                                        + "/api/v1/admin/search-request?q="
                                                        + encode(q)))
                                .header("X-API-Key", adminKey)
                                .GET()
                                .build());
        if (response.statusCode() != 200) {
            throw new IOException(
                    "search-request of "
                            + q
                            + ": "
                            + response.statusCode()
                            + " "
                            + response.body());
        }
        JsonNode request = json.readTree(response.body());
        Map<String, String> parameters = new TreeMap<>();
        request.path("parameters")
                .properties()
                .forEach(entry -> parameters.put(entry.getKey(), entry.getValue().asString()));
        return new ElasticsearchSearch(parameters, json.writeValueAsString(request.path("body")));
    }

    /** A search as an editor's page sends it; returns the HTTP status. */
    public int searchApi(String q) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(search + "/api/v1/search?q=" + encode(q)))
                        .GET()
                        .build())
                .statusCode();
    }

    /** The same search sent straight to Elasticsearch; returns the HTTP status. */
    public int searchElasticsearch(ElasticsearchSearch search)
            throws IOException, InterruptedException {
        StringBuilder url = new StringBuilder(elasticsearch).append("/articles/_search");
        char separator = '?';
        for (Map.Entry<String, String> parameter : search.parameters().entrySet()) {
            url.append(separator)
                    .append(encode(parameter.getKey()))
                    .append('=')
                    .append(encode(parameter.getValue()));
            separator = '&';
        }
        return send(HttpRequest.newBuilder(URI.create(url.toString()))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(search.body()))
                        .build())
                .statusCode();
    }

    private HttpResponse<String> send(HttpRequest request)
            throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
