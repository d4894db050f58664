package dev.ipwire.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by its {@code X-API-Key} header. Without the header the request goes on
 * anonymous (the path's rule decides); a key that matches no configured key is answered 401 at
 * once, on every path, so a client learns its key is wrong rather than silently losing its roles.
 */
public final class ApiKeyFilter extends OncePerRequestFilter {

    /** The request header that carries the key. */
    public static final String HEADER = "X-API-Key";

    private final ApiKeys keys;
    private final ApiKeyProblems problems;

    /** A filter matching keys against {@code keys}, answering refusals with {@code problems}. */
    public ApiKeyFilter(ApiKeys keys, ApiKeyProblems problems) {
        this.keys = keys;
        this.problems = problems;
    }

    /** An async re-dispatch is authorized again, so it must be authenticated again too. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(HEADER);
        if (presented == null || presented.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Set<ApiRole>> roles = keys.rolesOf(presented.strip());
        if (roles.isEmpty()) {
            problems.commence(request, response, new BadCredentialsException("unknown API key"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                new ApiKeyAuthentication(ApiKeys.fingerprint(presented.strip()), roles.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
