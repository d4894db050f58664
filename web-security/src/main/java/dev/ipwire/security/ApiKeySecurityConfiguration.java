package dev.ipwire.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;

/**
 * The API-key beans a service imports into its security configuration: the keys, the path rules,
 * the problem answers and the chain setup. It also declares an {@link AuthenticationManager} that
 * accepts nothing, so Spring Boot creates no default user with a generated password: keys are
 * checked by {@link ApiKeyFilter} only.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiKeyProperties.class)
public class ApiKeySecurityConfiguration {

    @Bean
    ApiKeys apiKeys(ApiKeyProperties properties) {
        return new ApiKeys(properties);
    }

    @Bean
    ApiAccess apiAccess(ApiKeys keys) {
        return new ApiAccess(keys);
    }

    @Bean
    ApiKeyProblems apiKeyProblems() {
        return new ApiKeyProblems();
    }

    @Bean
    ApiKeySecurity apiKeySecurity(ApiKeys keys, ApiKeyProblems problems) {
        return new ApiKeySecurity(keys, problems);
    }

    @Bean
    RejectedRequests rejectedRequests() {
        return new RejectedRequests();
    }

    @Bean
    AuthenticationManager noPasswordLogins() {
        return authentication -> {
            throw new ProviderNotFoundException("API keys are checked by ApiKeyFilter only");
        };
    }
}
