package dev.ipwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void isSha256PrefixAndTheLowerCaseHexHmacOfTheBody() {
        // the well-known HMAC-SHA256 example, also what `openssl dgst -sha256 -hmac key` prints
        assertThat(WebhookSignature.of(utf8("The quick brown fox jumps over the lazy dog"), "key"))
                .isEqualTo(
                        "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    void chineseBodiesAndSecretsAreSignedAsUtf8Bytes() {
        String body =
                "{\"alertId\":\"a1\",\"article\":{\"id\":\"x\",\"title\":\"云雾茶获批国家地理标志\"},"
                        + "\"matchedAt\":\"2026-01-01T00:00:00Z\"}";

        // computed independently: printf '%s' "$body" | openssl dgst -sha256 -hmac "$secret"
        assertThat(WebhookSignature.of(utf8(body), "山城晚报-secret-0123456789"))
                .isEqualTo(
                        "sha256=6e387be1c8ab6221fa79afb2f6f28bd60478f37f1c522dd1f336dabf411097d6");
    }

    @Test
    void anyChangeToTheBodyOrTheSecretChangesTheSignature() {
        String signature = WebhookSignature.of(utf8("{\"alertId\":\"a1\"}"), "secret-0123456789");

        assertThat(WebhookSignature.of(utf8("{\"alertId\":\"a2\"}"), "secret-0123456789"))
                .isNotEqualTo(signature);
        assertThat(WebhookSignature.of(utf8("{\"alertId\":\"a1\"}"), "secret-0123456780"))
                .isNotEqualTo(signature);
        assertThat(WebhookSignature.of(utf8("{\"alertId\": \"a1\"}"), "secret-0123456789"))
                .as("the raw bytes are signed, not the JSON value")
                .isNotEqualTo(signature);
    }
}
