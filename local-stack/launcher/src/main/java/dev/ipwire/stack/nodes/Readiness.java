package dev.ipwire.stack.nodes;

import dev.ipwire.stack.process.ManagedProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Waits until a started process answers a real request, or explains why it never did. */
public final class Readiness {

    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .proxy(HttpClient.Builder.NO_PROXY)
                    .build();

    /** One readiness check: true when ready; an exception's message is kept as the last reason. */
    @FunctionalInterface
    public interface Probe {
        boolean ready() throws Exception;
    }

    private Readiness() {}

    /** Polls {@code probe} every 200 ms until it passes, the process exits, or time runs out. */
    public static void await(ManagedProcess process, Duration timeout, Probe probe)
            throws NodeFailedException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String lastReason = "no answer yet";
        while (true) {
            if (!process.isAlive()) {
                throw new NodeFailedException(
                        process.name()
                                + " exited with code "
                                + process.exitCode()
                                + " before it was ready. Last lines of "
                                + process.logFile()
                                + ":\n"
                                + process.logTail(30));
            }
            try {
                if (probe.ready()) {
                    return;
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                lastReason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new NodeFailedException(
                        process.name()
                                + " was not ready after "
                                + timeout.toSeconds()
                                + " s (last check: "
                                + lastReason
                                + "). Last lines of "
                                + process.logFile()
                                + ":\n"
                                + process.logTail(30));
            }
            Thread.sleep(200);
        }
    }

    /** A probe passing when {@code url} answers 200. */
    public static Probe httpOk(String url) {
        return () -> status(url) == 200;
    }

    /** A probe passing when something accepts TCP connections on 127.0.0.1:{@code port}. */
    public static Probe portOpen(int port) {
        return () -> {
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1000);
                return true;
            }
        };
    }

    /** The HTTP status of a GET, or an exception when nothing answers. */
    public static int status(String url) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(3))
                        .GET()
                        .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
