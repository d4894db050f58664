package dev.ipwire.ingest.security;

import dev.ipwire.security.ApiKeyAuthentication;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers 429 problem+json with {@code Retry-After} when a client's submissions exceed its bucket.
 * It runs after authorization, so refused requests take no token, and names the bucket by the key
 * the client sent (its fingerprint) or, without a key, by the remote address.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SubmissionRateLimiter limiter;
    private final RequestMatcher limited;

    RateLimitFilter(SubmissionRateLimiter limiter, RequestMatcher limited) {
        this.limiter = limiter;
        this.limited = limited;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limited.matches(request);
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SubmissionRateLimiter.Verdict verdict = limiter.tryAcquire(clientOf(request));
        if (verdict.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", "Too many requests");
        body.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
        body.put(
                "detail",
                "Too many submissions from this client; nothing was stored. Send it again in "
                        + verdict.retryAfterSeconds()
                        + " seconds (see Retry-After), or spread submissions out.");
        body.put("instance", request.getRequestURI());
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }

    private static String clientOf(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ApiKeyAuthentication key) {
            return "key:" + key.fingerprint();
        }
        return "address:" + request.getRemoteAddr();
    }
}
