package dev.ipwire.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How to run the local stack.
 *
 * @param home data, logs and pid files go under here (default {@code .ipwire/})
 * @param kafkaPort broker listener port
 * @param kafkaControllerPort KRaft controller listener port
 * @param elasticsearchPort HTTP port
 * @param elasticsearchTransportPort transport port
 * @param kafkaHeap maximum heap of the broker JVM, e.g. {@code 512m}
 * @param elasticsearchHeap maximum heap of the Elasticsearch JVM
 * @param readyTimeout how long a node may take to become ready
 */
public record StackConfig(
        Path home,
        int kafkaPort,
        int kafkaControllerPort,
        int elasticsearchPort,
        int elasticsearchTransportPort,
        String kafkaHeap,
        String elasticsearchHeap,
        Duration readyTimeout) {

    public Path logDir() {
        return home.resolve("logs");
    }

    public Path runDir() {
        return home.resolve("run");
    }

    public Path dataDir() {
        return home.resolve("data");
    }

    /**
     * The configuration {@code ./ipwire} uses: fixed default ports, each overridable by environment
     * ({@code IPWIRE_KAFKA_PORT}, {@code IPWIRE_KAFKA_CONTROLLER_PORT}, {@code IPWIRE_ES_PORT},
     * {@code IPWIRE_ES_TRANSPORT_PORT}, {@code IPWIRE_KAFKA_HEAP}, {@code IPWIRE_ES_HEAP}) and the
     * readiness timeout in seconds ({@code IPWIRE_READY_TIMEOUT}, default 120; services get half as
     * long again), for loaded machines where start-up is slow.
     */
    public static StackConfig fromEnvironment(Path home, Map<String, String> env) {
        return new StackConfig(
                home,
                port(env, "IPWIRE_KAFKA_PORT", 9092),
                port(env, "IPWIRE_KAFKA_CONTROLLER_PORT", 9093),
                port(env, "IPWIRE_ES_PORT", 9200),
                port(env, "IPWIRE_ES_TRANSPORT_PORT", 9300),
                env.getOrDefault("IPWIRE_KAFKA_HEAP", "512m"),
                env.getOrDefault("IPWIRE_ES_HEAP", "512m"),
                Duration.ofSeconds(seconds(env, "IPWIRE_READY_TIMEOUT", 120)));
    }

    private static int seconds(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int seconds = Integer.parseInt(value.trim());
            if (seconds < 1) {
                throw new NumberFormatException();
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    name + " must be a whole number of seconds (1 or more), got: " + value);
        }
    }

    /** A private stack for one test JVM: free ports, data under {@code home}. */
    public static StackConfig forTests(Path home) {
        return new StackConfig(
                home,
                freePort(),
                freePort(),
                freePort(),
                freePort(),
                "384m",
                "384m",
                Duration.ofSeconds(120));
    }

    /** A port from the environment variable {@code name}, or {@code fallback} when unset. */
    public static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    name + " must be a port number (1-65535), got: " + value);
        }
    }

    /** A port nobody listens on right now (a race with other programs is possible but rare). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }
}
