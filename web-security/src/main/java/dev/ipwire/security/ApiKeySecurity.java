package dev.ipwire.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Makes an {@link HttpSecurity} a stateless API-key chain: no sessions, cookies, CSRF tokens, login
 * forms or basic auth; the {@code X-API-Key} header is the only credential and refusals are
 * problem+json. Each service adds its path rules with {@link ApiAccess} after applying this.
 */
public final class ApiKeySecurity {

    private final ApiKeys keys;
    private final ApiKeyProblems problems;

    /** Applies {@code keys}; refusals are answered by {@code problems}. */
    public ApiKeySecurity(ApiKeys keys, ApiKeyProblems problems) {
        this.keys = keys;
        this.problems = problems;
    }

    /** Configures {@code http} for API keys and returns it for the service's path rules. */
    public HttpSecurity apply(HttpSecurity http) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(
                        session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(
                        new ApiKeyFilter(keys, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(
                        exceptions ->
                                exceptions
                                        .authenticationEntryPoint(problems)
                                        .accessDeniedHandler(problems));
    }
}
