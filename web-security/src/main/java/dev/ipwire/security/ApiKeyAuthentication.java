package dev.ipwire.security;

import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by its {@code X-API-Key}: its principal is the key's fingerprint (never
 * the key), its authorities the key's roles.
 */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final String fingerprint;
    private final Set<ApiRole> roles;

    ApiKeyAuthentication(String fingerprint, Set<ApiRole> roles) {
        super(roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        this.fingerprint = fingerprint;
        this.roles = Set.copyOf(roles);
        setAuthenticated(true);
    }

    /** The roles of the key. */
    public Set<ApiRole> roles() {
        return roles;
    }

    /** Hex SHA-256 of the key, e.g. to name its rate-limit bucket. */
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return fingerprint;
    }
}
