package dev.ipwire.ingest.tracing;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The trace id that follows an article from the HTTP request through Kafka to the index: in the
 * {@value #HEADER} record header, and in the logging MDC as {@value #MDC_TRACE} (with the article's
 * id as {@value #MDC_ARTICLE}) while a thread works on that article.
 */
public final class TraceIds {

    /** Kafka record header carrying the trace id (UTF-8), copied by every stage. */
    public static final String HEADER = "ipwire-trace-id";

    /** MDC key of the trace id (the log pattern prints it). */
    public static final String MDC_TRACE = "traceId";

    /** MDC key of the article id. */
    public static final String MDC_ARTICLE = "articleId";

    /** W3C traceparent: version-traceid-parentid-flags; the trace id is 32 hex, not all zero. */
    private static final Pattern TRACEPARENT =
            Pattern.compile("^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$");

    /** A client's X-Request-Id is taken when it is a plain token (it ends up in logs). */
    private static final Pattern REQUEST_ID = Pattern.compile("^[A-Za-z0-9._:-]{1,64}$");

    private TraceIds() {}

    /**
     * The trace id for a request: the trace id of a valid W3C {@code traceparent}, else a plain
     * {@code X-Request-Id}, else a new one.
     */
    public static String fromRequest(String traceparent, String requestId) {
        if (traceparent != null) {
            var matcher = TRACEPARENT.matcher(traceparent.strip());
            if (matcher.matches() && !matcher.group(1).equals("0".repeat(32))) {
                return matcher.group(1);
            }
        }
        if (requestId != null && REQUEST_ID.matcher(requestId.strip()).matches()) {
            return requestId.strip();
        }
        return newId();
    }

    /** The trace id of the work this thread is doing, or a new one when it has none. */
    public static String current() {
        String traceId = MDC.get(MDC_TRACE);
        return traceId != null ? traceId : newId();
    }

    /** 32 random hex digits, the form of a W3C trace id. */
    public static String newId() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
