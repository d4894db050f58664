package dev.ipwire.nlp.security;

import dev.ipwire.security.ApiAccess;
import dev.ipwire.security.ApiKeySecurity;
import dev.ipwire.security.ApiKeySecurityConfiguration;
import dev.ipwire.security.ApiRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The role each nlp-service path needs (keys in {@code X-API-Key}):
 *
 * <ul>
 *   <li>{@code POST /api/v1/enrich} (enrichment of posted text, for debugging and evaluation): the
 *       ingest role, since it takes text in as ingest does; open while no ingest key is set;
 *   <li>{@code /api/v1/admin/**} and actuator endpoints other than health, info and prometheus:
 *       admin, always keyed;
 *   <li>health, info, prometheus, and paths with no endpoint (their 404): open.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@Import(ApiKeySecurityConfiguration.class)
public class NlpSecurityConfiguration {

    @Bean
    SecurityFilterChain nlpSecurity(HttpSecurity http, ApiKeySecurity apiKeys, ApiAccess access)
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
                                                "/actuator", "/actuator/**", "/api/v1/admin/**")
                                        .access(access.requires(ApiRole.ADMIN))
                                        .requestMatchers(HttpMethod.POST, "/api/v1/enrich")
                                        .access(access.requires(ApiRole.INGEST))
                                        .anyRequest()
                                        .permitAll())
                .build();
    }
}
