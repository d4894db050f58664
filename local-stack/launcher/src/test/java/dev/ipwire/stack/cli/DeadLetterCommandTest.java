package dev.ipwire.stack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ./ipwire dlq}: its arguments, and what it asks of the admin API and prints. */
class DeadLetterCommandTest {

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void adminApi() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/api/v1/admin/dlq",
                exchange -> {
                    requests.add(
                            exchange.getRequestMethod()
                                    + " "
                                    + exchange.getRequestURI()
                                    + " key="
                                    + exchange.getRequestHeaders().getFirst("X-API-Key"));
                    String body =
                            exchange.getRequestURI().getPath().endsWith("/replay")
                                    ? "{\"topic\":\"error.articles.raw.nlp\",\"requested\":1,"
                                            + "\"replayed\":1,\"skipped\":0,\"failed\":0,"
                                            + "\"replayedIds\":[\"3-42\"],\"skippedIds\":[],"
                                            + "\"failedIds\":[]}"
                                    : "{\"topic\":\"error.articles.raw.nlp\",\"total\":2,"
                                            + "\"records\":[{\"id\":\"3-42\",\"key\":\"a1\","
                                            + "\"kind\":\"malformed\",\"reason\":\"schemaVersion"
                                            + " 99 is not supported\"}],\"next\":\"3-43\"}";
                    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, bytes.length);
                    exchange.getResponseBody().write(bytes);
                    exchange.close();
                });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private DeadLetterCommand command(String adminKey) {
        Map<String, String> env =
                adminKey == null
                        ? Map.of("IPWIRE_NLP_PORT", "" + server.getAddress().getPort())
                        : Map.of(
                                "IPWIRE_NLP_PORT",
                                "" + server.getAddress().getPort(),
                                "IPWIRE_ADMIN_KEY",
                                adminKey);
        return new DeadLetterCommand(env, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @Test
    void listShowsEachDeadLetterWithItsReasonAndHowToGetTheNextPage() throws Exception {
        int code = command("admin-secret").run(List.of("list", "nlp", "--limit", "1"));

        assertThat(code).isZero();
        assertThat(requests).containsExactly("GET /api/v1/admin/dlq?limit=1 key=admin-secret");
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("error.articles.raw.nlp holds 2 dead letter(s)")
                .contains("3-42", "a1", "malformed", "schemaVersion 99 is not supported")
                .contains("./ipwire dlq list nlp --from 3-43");
    }

    @Test
    void replayByIdPostsTheIdsAndReportsTheCounts() throws Exception {
        int code = command(null).run(List.of("replay", "nlp", "--id", "3-42"));

        assertThat(code).isZero();
        assertThat(requests).containsExactly("POST /api/v1/admin/dlq/replay?id=3-42 key=null");
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("nlp: replayed 1, skipped 0, failed 0 (of 1)");
    }

    @Test
    void withoutAStageBothStagesAreAsked() {
        assertThat(DeadLetterCommand.parse(List.of("list")).stages())
                .extracting(DeadLetterCommand.Stage::name)
                .containsExactly("nlp", "search");
    }

    @Test
    void mistakesSayHowToUseIt() {
        assertThatThrownBy(() -> DeadLetterCommand.parse(List.of()))
                .hasMessageContaining("usage: ipwire dlq list");
        assertThatThrownBy(() -> DeadLetterCommand.parse(List.of("list", "ingest")))
                .hasMessageContaining("unknown stage or option 'ingest'");
        assertThatThrownBy(() -> DeadLetterCommand.parse(List.of("replay", "--id", "3-42")))
                .hasMessageContaining("--id needs the stage");
        assertThatThrownBy(() -> DeadLetterCommand.parse(List.of("list", "nlp", "--limit")))
                .hasMessageContaining("--limit needs a value");
    }
}
