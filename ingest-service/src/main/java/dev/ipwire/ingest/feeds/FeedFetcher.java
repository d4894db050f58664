package dev.ipwire.ingest.feeds;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * Fetches feed documents with a conditional GET ({@code If-None-Match} with the stored {@code
 * ETag}, {@code If-Modified-Since} with the stored {@code Last-Modified}), bounded in time (the
 * whole exchange, body included) and in size (before and after gzip decompression).
 *
 * <p>It fetches only the feed document: the article pages its items link to are never requested.
 */
class FeedFetcher {

    static final String USER_AGENT = "IPWire-ingest/0.1 (RSS/Atom poller)";

    private static final String ACCEPT =
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9,"
                    + " */*;q=0.1";

    /** What a fetch brought back. */
    sealed interface Result {}

    /** The server answered 304: the feed is unchanged since the stored validators. */
    record NotModified() implements Result {}

    /**
     * The server sent the feed (200).
     *
     * @param body the document, decompressed
     * @param contentType the Content-Type header, or null
     * @param etag the ETag header, or null
     * @param lastModified the Last-Modified header, or null
     */
    record Fetched(byte[] body, String contentType, String etag, String lastModified)
            implements Result {}

    /** A fetch that failed; the message says why, in words fit for the feed list. */
    static class FetchException extends Exception {
        FetchException(String message) {
            super(message);
        }
    }

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    FeedFetcher(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.client =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(timeout)
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
    }

    /**
     * Fetches {@code url}, sending the validators of the previous successful fetch, if any.
     *
     * @throws FetchException when the feed could not be fetched: network, timeout, a status other
     *     than 200/304, or a document over the size limit
     */
    Result fetch(URI url, String etag, String lastModified) throws FetchException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(url)
                        .GET()
                        .timeout(timeout)
                        .header("User-Agent", USER_AGENT)
                        .header("Accept", ACCEPT)
                        .header("Accept-Encoding", "gzip");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        CompletableFuture<HttpResponse<byte[]>> exchange =
                client.sendAsync(request.build(), this::body);
        HttpResponse<byte[]> response;
        try {
            response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new FetchException("no complete answer within " + describe(timeout));
        } catch (ExecutionException e) {
            throw new FetchException(describe(e.getCause()));
        }
        int status = response.statusCode();
        if (status == 304) {
            return new NotModified();
        }
        if (status != 200) {
            throw new FetchException("HTTP " + status + " from " + url);
        }
        String encoding = response.headers().firstValue("Content-Encoding").orElse("");
        byte[] body = response.body();
        if (encoding.toLowerCase(Locale.ROOT).contains("gzip")) {
            body = gunzip(body);
        }
        return new Fetched(
                body,
                response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
    }

    /** The body of a 200 is read up to the limit; any other answer's body is discarded. */
    private HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info) {
        if (info.statusCode() != 200) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            return new FailingBody(tooLarge());
        }
        return new LimitedBody(maxBytes);
    }

    private byte[] gunzip(byte[] compressed) throws FetchException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw new FetchException(tooLarge().getMessage());
            }
            return body;
        } catch (IOException e) {
            throw new FetchException("the gzip-compressed answer is damaged: " + e.getMessage());
        }
    }

    private TooLarge tooLarge() {
        return new TooLarge(maxBytes);
    }

    /** Releases the connections of the client. */
    void close() {
        client.shutdownNow();
    }

    private static String describe(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLarge) {
                return cause.getMessage();
            }
        }
        if (error instanceof HttpConnectTimeoutException) {
            return "could not connect in time";
        }
        if (error instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        if (error instanceof ConnectException) {
            return "connection refused or host unreachable";
        }
        String message = error.getMessage();
        return message == null || message.isBlank()
                ? error.getClass().getSimpleName()
                : error.getClass().getSimpleName() + ": " + message;
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0
                ? duration.toSeconds() + " s"
                : duration.toMillis() + " ms";
    }

    /** A body over the size limit. */
    private static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("the feed is larger than " + limit / 1024 + " KB, the most that is read");
        }
    }

    /** Collects the body and fails (cancelling the download) once it passes the limit. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        LimitedBody(long limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge(limit));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }

    /** A body that fails at once (a declared length over the limit), without reading anything. */
    private static final class FailingBody implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final TooLarge error;

        FailingBody(TooLarge error) {
            this.error = error;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
            result.completeExceptionally(error);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {}

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.completeExceptionally(error);
        }
    }
}
