package dev.ipwire.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.ipwire.ingest.IngestProperties;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/** The search-service lookup against a stub HTTP server. */
class SearchServiceIndexTest {

    private HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> apiKeys = new CopyOnWriteArrayList<>();

    record Answer(int status, String body, long delayMillis) {}

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/api/v1/articles/",
                exchange -> {
                    String id =
                            exchange.getRequestURI()
                                    .getPath()
                                    .substring("/api/v1/articles/".length());
                    String key = exchange.getRequestHeaders().getFirst("X-API-Key");
                    apiKeys.add(key == null ? "" : key);
                    Answer answer = answers.getOrDefault(id, new Answer(404, "{}", 0));
                    try {
                        Thread.sleep(answer.delayMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(answer.status(), body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private SearchServiceIndex index(URI base, Duration timeout, String apiKey) {
        IngestProperties ingest =
                new IngestProperties(
                        DataSize.ofMegabytes(10), base, Duration.ofSeconds(10), 6, (short) 1);
        return new SearchServiceIndex(
                ingest,
                new RegistryProperties(timeout, apiKey, 1000),
                JsonMapper.builder().build());
    }

    private SearchServiceIndex index() {
        return index(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                Duration.ofSeconds(2),
                "");
    }

    @Test
    void anIndexedArticleAnswersItsRevision() {
        answers.put(
                "abc",
                new Answer(200, "{\"id\":\"abc\",\"title\":\"标题\",\"revision\":1715000000123}", 0));

        assertThat(index().lookup("abc")).isEqualTo(new SearchIndex.Indexed(1_715_000_000_123L));
    }

    @Test
    void notFoundMeansNotIndexedYet() {
        assertThat(index().lookup("unknown")).isEqualTo(new SearchIndex.Missing());
    }

    @Test
    void errorsAndOddAnswersAreUnreachable() {
        answers.put("broken", new Answer(503, "{\"title\":\"Service Unavailable\"}", 0));
        answers.put("html", new Answer(200, "<html>oops</html>", 0));
        answers.put("norevision", new Answer(200, "{\"id\":\"norevision\"}", 0));

        assertThat(index().lookup("broken")).isInstanceOf(SearchIndex.Unreachable.class);
        assertThat(index().lookup("html")).isInstanceOf(SearchIndex.Unreachable.class);
        assertThat(index().lookup("norevision")).isInstanceOf(SearchIndex.Unreachable.class);
    }

    @Test
    void aSlowSearchServiceIsGivenUpOnAfterTheTimeout() {
        answers.put("slow", new Answer(200, "{\"revision\":1}", 3_000));
        SearchServiceIndex index =
                index(
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                        Duration.ofMillis(300),
                        "");

        long start = System.nanoTime();
        SearchIndex.Lookup lookup = index.lookup("slow");

        assertThat(lookup).isInstanceOf(SearchIndex.Unreachable.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void nothingListeningIsUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        SearchIndex.Lookup lookup =
                index(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(1), "")
                        .lookup("x");

        assertThat(lookup).isInstanceOf(SearchIndex.Unreachable.class);
    }

    @Test
    void theApiKeyIsSentWhenConfigured() {
        index(
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                        Duration.ofSeconds(2),
                        "s3cret")
                .lookup("any");
        index().lookup("any");

        assertThat(apiKeys).containsExactly("s3cret", "");
    }
}
