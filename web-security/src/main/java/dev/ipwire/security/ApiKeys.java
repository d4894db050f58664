package dev.ipwire.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The configured keys, held as SHA-256 digests and compared in constant time: a presented key is
 * hashed once and compared with every configured digest by {@link MessageDigest#isEqual}, so
 * neither the length nor the first differing byte of a key shows in the answer time.
 */
public final class ApiKeys {

    private final Map<ApiRole, byte[]> digests = new EnumMap<>(ApiRole.class);

    /** Reads the keys of each role; an empty key leaves its role unkeyed. */
    public ApiKeys(ApiKeyProperties properties) {
        for (ApiRole role : ApiRole.values()) {
            String key = properties.keyOf(role);
            if (!key.isEmpty()) {
                digests.put(role, sha256(key));
            }
        }
    }

    /** Whether a key is configured for the role. */
    public boolean isKeyed(ApiRole role) {
        return digests.containsKey(role);
    }

    /**
     * The roles a presented key holds: empty when it matches no configured key. The admin key holds
     * every role. Every configured digest is compared, whatever matched first.
     */
    public Optional<Set<ApiRole>> rolesOf(String presentedKey) {
        byte[] presented = sha256(presentedKey == null ? "" : presentedKey);
        ApiRole matched = null;
        for (Map.Entry<ApiRole, byte[]> entry : digests.entrySet()) {
            if (MessageDigest.isEqual(presented, entry.getValue()) && matched != ApiRole.ADMIN) {
                matched = entry.getKey();
            }
        }
        if (matched == null) {
            return Optional.empty();
        }
        return Optional.of(
                matched == ApiRole.ADMIN ? EnumSet.allOf(ApiRole.class) : Set.of(matched));
    }

    /** Whether two keys are equal, compared in constant time for keys of any length. */
    public static boolean sameKey(String a, String b) {
        return MessageDigest.isEqual(sha256(a), sha256(b));
    }

    /** Hex SHA-256 of a key: names a key (e.g. in a rate-limit bucket) without keeping it. */
    public static String fingerprint(String key) {
        return java.util.HexFormat.of().formatHex(sha256(key));
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
