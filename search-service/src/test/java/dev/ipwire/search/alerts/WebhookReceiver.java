package dev.ipwire.search.alerts;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntUnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook receiver on 127.0.0.1 for integration tests: each path answers as scripted (by the
 * number of the request on that path) and every request is kept, with the status it got.
 */
final class WebhookReceiver implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One request received.
     *
     * @param path request path
     * @param headers first value of each header, names in lower case
     * @param body raw body
     * @param answered the status it was answered with
     * @param at when it arrived
     */
    record Received(
            String path, Map<String, String> headers, byte[] body, int answered, Instant at) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        String deliveryId() {
            return header("X-IPWire-Delivery");
        }

        String articleId() {
            return json().path("article").path("id").asString();
        }

        /**
         * Whether {@code X-IPWire-Signature} is the HMAC-SHA256 of the body with {@code secret},
         * computed here the way a receiver would, independently of the service's code.
         */
        boolean signedWith(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
                return java.security.MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII),
                        String.valueOf(header("X-IPWire-Signature"))
                                .getBytes(StandardCharsets.US_ASCII));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, IntUnaryOperator> scripts = new ConcurrentHashMap<>();
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code path} answers the n-th request (1-based) with {@code statusOfNth.applyAsInt(n)}. */
    WebhookReceiver answer(String path, IntUnaryOperator statusOfNth) {
        scripts.put(path, statusOfNth);
        return this;
    }

    /** The URL of {@code path} on this receiver. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Every request received on {@code path}, in order. */
    List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            int n = counts.merge(path, 1, Integer::sum);
            int status = scripts.getOrDefault(path, any -> 404).applyAsInt(n);
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders()
                    .forEach(
                            (name, values) ->
                                    headers.put(name.toLowerCase(Locale.ROOT), values.getFirst()));
            received.add(new Received(path, Map.copyOf(headers), body, status, Instant.now()));
            byte[] answer = ("answer " + status).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
