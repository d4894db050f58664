package dev.ipwire.search.alerts;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-IPWire-Signature} header: {@code sha256=} and the lower-case hex HMAC-SHA256 of the
 * raw request body, keyed with the alert's secret (UTF-8). A receiver recomputes it over the bytes
 * it received and compares in constant time.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-IPWire-Signature";
    static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {}

    /** The header value for {@code body} signed with {@code secret}. */
    public static String of(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable: " + e.getMessage(), e);
        }
    }
}
