package dev.ipwire.ingest.api;

import dev.ipwire.ingest.tracing.TraceIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a trace id (from {@code traceparent} or {@code X-Request-Id}, else a new
 * one): in the MDC while the request is handled, so every log line and every record published for
 * it carries it, and echoed in the {@code X-Request-Id} response header so a client can quote it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TraceContextFilter extends OncePerRequestFilter {

    static final String REQUEST_ID = "X-Request-Id";

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String traceId =
                TraceIds.fromRequest(
                        request.getHeader("traceparent"), request.getHeader(REQUEST_ID));
        response.setHeader(REQUEST_ID, traceId);
        try (var ignored = MDC.putCloseable(TraceIds.MDC_TRACE, traceId)) {
            chain.doFilter(request, response);
        }
    }
}
