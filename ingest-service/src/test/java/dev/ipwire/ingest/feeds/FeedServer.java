package dev.ipwire.ingest.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

/**
 * A feed served on 127.0.0.1 for tests: answers 304 to a matching {@code If-None-Match} or {@code
 * If-Modified-Since}, and records every request it gets.
 */
public final class FeedServer implements AutoCloseable {

    /**
     * A request as the server saw it.
     *
     * @param path the path asked for
     * @param ifNoneMatch its If-None-Match header, or null
     * @param ifModifiedSince its If-Modified-Since header, or null
     * @param status the status answered
     */
    public record Request(String path, String ifNoneMatch, String ifModifiedSince, int status) {}

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile byte[] body = new byte[0];
    private volatile String contentType = "application/rss+xml; charset=utf-8";
    private volatile String etag;
    private volatile String lastModified;
    private volatile int status = 200;
    private volatile boolean gzip;
    private volatile boolean chunked;

    private FeedServer(HttpServer server) {
        this.server = server;
    }

    /** Starts a server on a free port of the loopback address. */
    public static FeedServer start() {
        try {
            HttpServer server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FeedServer feed = new FeedServer(server);
            server.createContext("/", feed::handle);
            server.start();
            return feed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of {@code path} on this server. */
    public URI url(String path) {
        return URI.create(
                "http://127.0.0.1:"
                        + server.getAddress().getPort()
                        + (path.startsWith("/") ? path : "/" + path));
    }

    /** Serves {@code document} with these validators (either may be null) from now on. */
    public FeedServer serve(byte[] document, String etag, String lastModified) {
        this.body = document;
        this.etag = etag;
        this.lastModified = lastModified;
        this.status = 200;
        return this;
    }

    public FeedServer contentType(String contentType) {
        this.contentType = contentType;
        return this;
    }

    /** Answers every request with {@code status} and no body (200 serves the document again). */
    public FeedServer status(int status) {
        this.status = status;
        return this;
    }

    /** Compresses the document with gzip when the client accepts it. */
    public FeedServer gzip(boolean gzip) {
        this.gzip = gzip;
        return this;
    }

    /** Sends the document chunked, without a Content-Length. */
    public FeedServer chunked(boolean chunked) {
        this.chunked = chunked;
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
            int answer = status;
            if (answer == 200
                    && ((etag != null && etag.equals(ifNoneMatch))
                            || (etag == null
                                    && lastModified != null
                                    && lastModified.equals(ifModifiedSince)))) {
                answer = 304;
            }
            requests.add(
                    new Request(
                            exchange.getRequestURI().getPath(),
                            ifNoneMatch,
                            ifModifiedSince,
                            answer));
            if (etag != null) {
                exchange.getResponseHeaders().set("ETag", etag);
            }
            if (lastModified != null) {
                exchange.getResponseHeaders().set("Last-Modified", lastModified);
            }
            if (answer != 200) {
                exchange.sendResponseHeaders(answer, -1);
                return;
            }
            byte[] payload = body;
            String acceptEncoding = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (gzip && acceptEncoding != null && acceptEncoding.contains("gzip")) {
                ByteArrayOutputStream compressed = new ByteArrayOutputStream();
                try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
                    out.write(payload);
                }
                payload = compressed.toByteArray();
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(
                    200, chunked ? 0 : payload.length == 0 ? -1 : payload.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(payload);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
