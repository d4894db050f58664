package dev.ipwire.ingest.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import dev.ipwire.security.ApiAccess;
import dev.ipwire.security.ApiKeySecurity;
import dev.ipwire.security.ApiKeySecurityConfiguration;
import dev.ipwire.security.ApiRole;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The role each ingest-service path needs (keys in {@code X-API-Key}; see {@code
 * dev.ipwire.security}):
 *
 * <ul>
 *   <li>submitting articles ({@code POST /api/v1/articles}, {@code /batch}, uploads) and feeds
 *       ({@code /api/v1/feeds/**}, any method): the ingest role;
 *   <li>an article's status ({@code GET /api/v1/articles/{id}/status}): ingest or search;
 *   <li>{@code /api/v1/admin/**} (present or future) and actuator endpoints other than health, info
 *       and prometheus: admin, always keyed;
 *   <li>{@code /v3/api-docs}, health, info, prometheus, and paths with no endpoint (their 404):
 *       open.
 * </ul>
 *
 * A new endpoint outside {@code /api/v1/admin} must be given its role here.
 *
 * <p>Submissions are rate limited per key after authorization ({@link SubmissionRateLimiter}).
 */
@Configuration(proxyBeanMethods = false)
@Import(ApiKeySecurityConfiguration.class)
@EnableConfigurationProperties(RateLimitProperties.class)
public class IngestSecurityConfiguration {

    /** POST/DELETE on articles and feeds: what the rate limit counts. */
    static final RequestMatcher SUBMISSIONS =
            new OrRequestMatcher(
                    pathPattern(HttpMethod.POST, "/api/v1/articles"),
                    pathPattern(HttpMethod.POST, "/api/v1/articles/**"),
                    pathPattern(HttpMethod.POST, "/api/v1/feeds"),
                    pathPattern(HttpMethod.POST, "/api/v1/feeds/**"),
                    pathPattern(HttpMethod.DELETE, "/api/v1/feeds/**"));

    @Bean
    SubmissionRateLimiter submissionRateLimiter(RateLimitProperties properties) {
        return new SubmissionRateLimiter(properties);
    }

    @Bean
    SecurityFilterChain ingestSecurity(
            HttpSecurity http,
            ApiKeySecurity apiKeys,
            ApiAccess access,
            SubmissionRateLimiter limiter)
            throws Exception {
        return apiKeys.apply(http)
                .authorizeHttpRequests(
                        paths ->
                                paths.requestMatchers("/error")
                                        .permitAll()
                                        .requestMatchers(
                                                "/actuator/health",
                                                "/actuator/health/**",
                                                "/actuator/info",
                                                "/actuator/prometheus")
                                        .permitAll()
                                        .requestMatchers(
                                                "/v3/api-docs",
                                                "/v3/api-docs/**",
                                                "/v3/api-docs.yaml")
                                        .permitAll()
                                        .requestMatchers(
                                                "/actuator", "/actuator/**", "/api/v1/admin/**")
                                        .access(access.requires(ApiRole.ADMIN))
                                        .requestMatchers(
                                                HttpMethod.GET, "/api/v1/articles/*/status")
                                        .access(access.requires(ApiRole.INGEST, ApiRole.SEARCH))
                                        .requestMatchers(
                                                HttpMethod.POST,
                                                "/api/v1/articles",
                                                "/api/v1/articles/**")
                                        .access(access.requires(ApiRole.INGEST))
                                        .requestMatchers("/api/v1/feeds", "/api/v1/feeds/**")
                                        .access(access.requires(ApiRole.INGEST))
                                        // unknown paths get their 404; new endpoints need a rule
                                        .anyRequest()
                                        .permitAll())
                .addFilterAfter(
                        new RateLimitFilter(limiter, SUBMISSIONS), AuthorizationFilter.class)
                .build();
    }
}
