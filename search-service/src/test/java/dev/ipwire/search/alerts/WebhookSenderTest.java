package dev.ipwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One attempt against a real HTTP server on 127.0.0.1: what is sent, and how answers are read. */
class WebhookSenderTest {

    private static final String SECRET = "secret-0123456789abcdef";
    private static final String PAYLOAD =
            "{\"alertId\":\"a-1\",\"article\":{\"id\":\"art-1\",\"title\":\"云雾茶获批国家地理标志\"}}";

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
    private final WebhookSender sender =
            new WebhookSender(
                    AlertFixtures.delivery(3, Duration.ofSeconds(1), Duration.ofSeconds(4)), clock);
    private final AtomicReference<Headers> headers = new AtomicReference<>();
    private final AtomicReference<byte[]> body = new AtomicReference<>();
    private HttpServer server;
    private String base;

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/ok",
                exchange -> {
                    headers.set(exchange.getRequestHeaders());
                    body.set(exchange.getRequestBody().readAllBytes());
                    exchange.sendResponseHeaders(204, -1);
                    exchange.close();
                });
        server.createContext(
                "/busy",
                exchange -> {
                    byte[] answer = "maintenance until 10:00".getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(503, answer.length);
                    exchange.getResponseBody().write(answer);
                    exchange.close();
                });
        server.createContext(
                "/moved",
                exchange -> {
                    exchange.getResponseHeaders().add("Location", base + "/ok");
                    exchange.sendResponseHeaders(302, -1);
                    exchange.close();
                });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopReceiver() {
        server.stop(0);
    }

    @Test
    void postsTheBodyAsIsSignedWithTheDeliveryIdTimestampAndAttempt() throws Exception {
        WebhookSender.Answer answer = sender.post(base + "/ok", SECRET, "dlv-1", 2, PAYLOAD);

        assertThat(answer.accepted()).isTrue();
        assertThat(answer.status()).isEqualTo(204);
        assertThat(new String(body.get(), StandardCharsets.UTF_8)).isEqualTo(PAYLOAD);
        Headers sent = headers.get();
        assertThat(sent.getFirst("X-IPWire-Signature"))
                .isEqualTo(WebhookSignature.of(body.get(), SECRET))
                .startsWith("sha256=");
        assertThat(sent.getFirst("X-IPWire-Delivery")).isEqualTo("dlv-1");
        assertThat(sent.getFirst("X-IPWire-Timestamp")).isEqualTo("1795334400");
        assertThat(sent.getFirst("X-IPWire-Attempt")).isEqualTo("2");
        assertThat(sent.getFirst("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(sent.getFirst("User-Agent")).startsWith("IPWire-Alerts/");
    }

    @Test
    void aRefusalKeepsItsStatusAndTheStartOfItsBody() throws Exception {
        WebhookSender.Answer answer = sender.post(base + "/busy", SECRET, "dlv-1", 1, PAYLOAD);

        assertThat(answer.accepted()).isFalse();
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.bodyStart()).isEqualTo("maintenance until 10:00");
    }

    @Test
    void redirectsAreNotFollowed() throws Exception {
        WebhookSender.Answer answer = sender.post(base + "/moved", SECRET, "dlv-1", 1, PAYLOAD);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(body.get()).as("the signed body went nowhere else").isNull();
    }

    @Test
    void noServerIsAnIoFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(
                        () ->
                                sender.post(
                                        "http://127.0.0.1:" + closedPort + "/hook",
                                        SECRET,
                                        "dlv-1",
                                        1,
                                        PAYLOAD))
                .isInstanceOf(IOException.class);
    }
}
