package dev.ipwire.security;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The role rules for paths: {@code requires(INGEST)} lets in a key holding the ingest role (the
 * admin key holds every role), and everyone when the ingest key is not configured. The admin role
 * is always keyed: with no admin key configured, admin-only paths are refused.
 */
public final class ApiAccess {

    private final ApiKeys keys;

    /** Rules checked against the configured {@code keys}. */
    public ApiAccess(ApiKeys keys) {
        this.keys = keys;
    }

    /** A rule letting in a key that holds any of {@code anyOf}, or everyone if one is unkeyed. */
    public AuthorizationManager<RequestAuthorizationContext> requires(ApiRole... anyOf) {
        List<ApiRole> required = List.copyOf(Arrays.asList(anyOf));
        if (required.isEmpty()) {
            throw new IllegalArgumentException("name at least one role");
        }
        return (authentication, context) -> {
            ApiKeyDecision decision = decide(authentication, required);
            context.getRequest().setAttribute(ApiKeyDecision.ATTRIBUTE, decision);
            return decision;
        };
    }

    /** The decision for an authentication (null or anonymous when no key was sent). */
    ApiKeyDecision decide(
            Supplier<? extends Authentication> authentication, List<ApiRole> required) {
        boolean openRole =
                required.stream().anyMatch(role -> role != ApiRole.ADMIN && !keys.isKeyed(role));
        Authentication current = authentication.get();
        if (current instanceof ApiKeyAuthentication key
                && required.stream().anyMatch(key.roles()::contains)) {
            return new ApiKeyDecision(ApiKeyDecision.Outcome.GRANTED, required);
        }
        if (openRole) {
            return new ApiKeyDecision(ApiKeyDecision.Outcome.GRANTED, required);
        }
        boolean onlyAdmin = required.stream().allMatch(role -> role == ApiRole.ADMIN);
        if (onlyAdmin && !keys.isKeyed(ApiRole.ADMIN)) {
            return new ApiKeyDecision(ApiKeyDecision.Outcome.ADMIN_NOT_CONFIGURED, required);
        }
        if (current instanceof ApiKeyAuthentication) {
            return new ApiKeyDecision(ApiKeyDecision.Outcome.ROLE_MISSING, required);
        }
        return new ApiKeyDecision(ApiKeyDecision.Outcome.KEY_MISSING, required);
    }
}
