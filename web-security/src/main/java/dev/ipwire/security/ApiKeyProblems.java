package dev.ipwire.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers to refused requests, as RFC 9457 {@code application/problem+json} whose {@code
 * detail} says which header or role is needed: 401 with {@code WWW-Authenticate} for a missing or
 * unknown key, 403 for a key without the role, and 403 for admin paths while no admin key is
 * configured.
 */
public final class ApiKeyProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** The challenge sent with every 401. */
    public static final String CHALLENGE = "ApiKey realm=\"ipwire\", header=\"X-API-Key\"";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(
            HttpServletRequest request,
            HttpServletResponse response,
            AuthenticationException authException)
            throws IOException {
        ApiKeyDecision decision = decisionOf(request);
        if (decision != null && decision.outcome() == ApiKeyDecision.Outcome.ADMIN_NOT_CONFIGURED) {
            write(request, response, HttpStatus.FORBIDDEN, "Admin endpoints disabled", adminOff());
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        if (request.getHeader(ApiKeyFilter.HEADER) != null
                && !request.getHeader(ApiKeyFilter.HEADER).isBlank()) {
            write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "Unknown API key",
                    "The key in the "
                            + ApiKeyFilter.HEADER
                            + " header is not one of this service's keys; send the key of the"
                            + " role the endpoint needs (the value of IPWIRE_INGEST_KEY,"
                            + " IPWIRE_SEARCH_KEY or IPWIRE_ADMIN_KEY).");
            return;
        }
        List<ApiRole> required = decision == null ? List.of() : decision.required();
        write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                "API key required",
                "This endpoint needs "
                        + describe(required)
                        + ": send it in the "
                        + ApiKeyFilter.HEADER
                        + " header.");
    }

    @Override
    public void handle(
            HttpServletRequest request,
            HttpServletResponse response,
            AccessDeniedException accessDeniedException)
            throws IOException {
        ApiKeyDecision decision = decisionOf(request);
        if (decision != null && decision.outcome() == ApiKeyDecision.Outcome.ADMIN_NOT_CONFIGURED) {
            write(request, response, HttpStatus.FORBIDDEN, "Admin endpoints disabled", adminOff());
            return;
        }
        List<ApiRole> required = decision == null ? List.of() : decision.required();
        write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                "Role required",
                "The key sent in the "
                        + ApiKeyFilter.HEADER
                        + " header does not hold the role this endpoint needs; send "
                        + describe(required)
                        + ".");
    }

    private static String adminOff() {
        return "Admin endpoints are refused while no admin key is configured: set "
                + ApiRole.ADMIN.environmentVariable()
                + " and send its value in the "
                + ApiKeyFilter.HEADER
                + " header.";
    }

    private static String describe(List<ApiRole> roles) {
        if (roles.isEmpty()) {
            return "an API key";
        }
        return roles.stream()
                        .map(
                                role ->
                                        "the "
                                                + role.label()
                                                + " key ("
                                                + role.environmentVariable()
                                                + ")")
                        .collect(Collectors.joining(" or "))
                + (roles.contains(ApiRole.ADMIN) ? "" : " or the admin key (IPWIRE_ADMIN_KEY)");
    }

    private static ApiKeyDecision decisionOf(HttpServletRequest request) {
        return request.getAttribute(ApiKeyDecision.ATTRIBUTE) instanceof ApiKeyDecision decision
                ? decision
                : null;
    }

    static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String title,
            String detail)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
        response.getWriter().flush();
    }
}
