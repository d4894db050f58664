package dev.ipwire.search.security;

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

/**
 * The role each search-service path needs (keys in {@code X-API-Key}; see {@code
 * dev.ipwire.security}):
 *
 * <ul>
 *   <li>reads ({@code GET /api/v1/search}, {@code /articles/**}, {@code /suggest}, {@code /trends},
 *       {@code /entities}): the search role, or open with {@code
 *       ipwire.security.search-reads=open};
 *   <li>alerts ({@code /api/v1/alerts/**}, any method): the search role: an alert makes the service
 *       post to a URL, so it needs the key even when reads are open;
 *   <li>{@code /api/v1/admin/**} (present or future) and actuator endpoints other than health, info
 *       and prometheus: admin, always keyed;
 *   <li>the editor page ({@code /}, {@code /assets/**}), {@code /v3/api-docs}, health, info,
 *       prometheus, and paths with no endpoint (their 404): open.
 * </ul>
 *
 * A new endpoint outside {@code /api/v1/admin} must be given its role here.
 */
@Configuration(proxyBeanMethods = false)
@Import(ApiKeySecurityConfiguration.class)
@EnableConfigurationProperties(SearchAccessProperties.class)
public class SearchSecurityConfiguration {

    static final String[] READS = {
        "/api/v1/search",
        "/api/v1/articles/**",
        "/api/v1/suggest",
        "/api/v1/trends",
        "/api/v1/entities"
    };

    @Bean
    SecurityFilterChain searchSecurity(
            HttpSecurity http,
            ApiKeySecurity apiKeys,
            ApiAccess access,
            SearchAccessProperties properties)
            throws Exception {
        boolean openReads = properties.searchReads() == SearchReads.OPEN;
        return apiKeys.apply(http)
                .authorizeHttpRequests(
                        paths -> {
                            paths.requestMatchers("/error")
                                    .permitAll()
                                    .requestMatchers(
                                            HttpMethod.GET, "/", "/index.html", "/assets/**")
                                    .permitAll()
                                    .requestMatchers(
                                            "/actuator/health",
                                            "/actuator/health/**",
                                            "/actuator/info",
                                            "/actuator/prometheus")
                                    .permitAll()
                                    .requestMatchers(
                                            "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
                                    .permitAll()
                                    .requestMatchers(
                                            "/actuator", "/actuator/**", "/api/v1/admin/**")
                                    .access(access.requires(ApiRole.ADMIN))
                                    .requestMatchers("/api/v1/alerts", "/api/v1/alerts/**")
                                    .access(access.requires(ApiRole.SEARCH));
                            if (openReads) {
                                paths.requestMatchers(HttpMethod.GET, READS).permitAll();
                            } else {
                                paths.requestMatchers(HttpMethod.GET, READS)
                                        .access(access.requires(ApiRole.SEARCH));
                            }
                            // unknown paths get their 404; a new endpoint needs its rule here
                            paths.anyRequest().permitAll();
                        })
                .build();
    }
}
