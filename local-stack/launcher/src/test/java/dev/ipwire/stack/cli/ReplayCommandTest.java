package dev.ipwire.stack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@code ./ipwire reindex} and {@code reenrich} send and print, against a stand-in for the
 * admin API on 127.0.0.1 (the real one is exercised by system-tests' ReplaySystemIT).
 */
class ReplayCommandTest {

    private HttpServer server;
    private final ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
    private final AtomicInteger polls = new AtomicInteger();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/actuator/info",
                exchange -> answer(exchange, 200, "{\"nlp\":{\"version\":\"nlp-9+dict.2\"}}"));
        server.createContext(
                "/api/v1/admin/reindex",
                exchange -> {
                    if (exchange.getRequestMethod().equals("POST")) {
                        answer(exchange, 202, "{\"job\":\"reindex-1\",\"state\":\"RUNNING\"}");
                    } else if (polls.incrementAndGet() < 2) {
                        answer(
                                exchange,
                                200,
                                "{\"job\":\"reindex-1\",\"state\":\"RUNNING\",\"phase\":\"COPYING\",\"read\":5}");
                    } else {
                        answer(
                                exchange,
                                200,
                                "{\"job\":\"reindex-1\",\"state\":\"SUCCEEDED\",\"phase\":\"DONE\","
                                    + "\"from\":\"articles-v1\",\"to\":\"articles-v2\",\"swapped\":true,"
                                    + "\"read\":12,\"indexed\":12,\"countBefore\":12,\"countAfter\":12,"
                                    + "\"deleted\":[],\"problems\":[]}");
                    }
                });
        server.createContext(
                "/api/v1/admin/reenrich",
                exchange -> {
                    if (exchange.getRequestMethod().equals("POST")) {
                        answer(
                                exchange,
                                409,
                                "{\"status\":409,\"detail\":\"a reenrich job is running"
                                        + " (reenrich-7)\"}");
                    }
                });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange, int status, String body) throws IOException {
        seen.add(
                exchange.getRequestMethod()
                        + " "
                        + exchange.getRequestURI().getPath()
                        + " key="
                        + exchange.getRequestHeaders().getFirst("X-API-Key")
                        + " body="
                        + new String(
                                exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private ReplayCommand command(String key) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return new ReplayCommand(
                base,
                base,
                key,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                Duration.ofMinutes(1));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void reindexSendsTheOptionsAndTheAdminKeyAndPrintsTheFinalCounts() throws Exception {
        int code = command("s3cret").reindex(List.of("--delete-previous", "--force"));

        assertThat(code).as(printed()).isZero();
        assertThat(seen.peek())
                .isEqualTo(
                        "POST /api/v1/admin/reindex key=s3cret"
                                + " body={\"previous\":\"delete\",\"force\":true}");
        assertThat(seen).allMatch(request -> request.contains("key=s3cret"));
        assertThat(printed())
                .contains("COPYING")
                .contains("SUCCEEDED: articles-v1 → articles-v2 (alias swapped)")
                .contains("documents before 12, after 12");
    }

    @Test
    void reenrichAsksNlpServiceForTheCurrentVersionAndReportsARefusalWithItsDetail()
            throws Exception {
        int code = command(null).reenrich(List.of("--dry-run"));

        assertThat(code).isEqualTo(1);
        assertThat(seen)
                .containsExactly(
                        "GET /actuator/info key=null body=",
                        "POST /api/v1/admin/reenrich key=null"
                                + " body={\"nlpVersion\":\"nlp-9+dict.2\",\"dryRun\":true}");
        assertThat(printed()).contains("Current nlpVersion: nlp-9+dict.2");
    }

    @Test
    void anUnknownOptionIsAUsageErrorAndSendsNothing() throws Exception {
        assertThat(command(null).reindex(List.of("--everything"))).isEqualTo(2);
        assertThat(command(null).reenrich(List.of("--fast"))).isEqualTo(2);
        assertThat(seen).isEmpty();
    }
}
