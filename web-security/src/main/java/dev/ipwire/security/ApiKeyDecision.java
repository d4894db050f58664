package dev.ipwire.security;

import java.util.List;
import org.springframework.security.authorization.AuthorizationResult;

/**
 * Why a request was let in or refused, kept on the request so {@link ApiKeyProblems} can say what
 * the client has to send.
 *
 * @param outcome the kind of decision
 * @param required the roles any of which the path needs
 */
public record ApiKeyDecision(Outcome outcome, List<ApiRole> required)
        implements AuthorizationResult {

    /** The request attribute holding the decision. */
    static final String ATTRIBUTE = ApiKeyDecision.class.getName();

    /** The kinds of decision. */
    public enum Outcome {
        /** The key holds a required role, or a required role is not keyed. */
        GRANTED,
        /** No key was sent (401). */
        KEY_MISSING,
        /** The key is valid but holds none of the required roles (403). */
        ROLE_MISSING,
        /** Only the admin role would do and no admin key is configured (403). */
        ADMIN_NOT_CONFIGURED
    }

    /** Freezes the list of roles. */
    public ApiKeyDecision {
        required = List.copyOf(required);
    }

    @Override
    public boolean isGranted() {
        return outcome == Outcome.GRANTED;
    }
}
