package dev.ipwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.stack.junit.LocalStackExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * API keys and the rate limit on the running service (real HTTP server, real Kafka): who may
 * submit, read a status and reach the actuator, and the 401/403/429 problem answers.
 */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ipwire.security.ingest-key=it-ingest-key",
            "ipwire.security.search-key=it-search-key",
            "ipwire.security.admin-key=it-admin-key",
            "ipwire.ingest.rate-limit.capacity=3",
            "ipwire.ingest.rate-limit.refill-tokens=1",
            "ipwire.ingest.rate-limit.refill-period=10m"
        })
class ApiKeysIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void keysRolesAndTheRateLimitOnTheRealServer() throws Exception {
        String article = article();

        HttpResponse<String> anonymous = post("/api/v1/articles", article, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).contains("X-API-Key"));
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(anonymous).get("detail").asString()).contains("IPWIRE_INGEST_KEY");

        HttpResponse<String> wrongKey = post("/api/v1/articles", article, "not-a-key");
        assertThat(wrongKey.statusCode()).isEqualTo(401);

        HttpResponse<String> searchKey = post("/api/v1/articles", article, "it-search-key");
        assertThat(searchKey.statusCode()).isEqualTo(403);
        assertThat(json(searchKey).get("detail").asString()).contains("ingest key");

        HttpResponse<String> accepted = post("/api/v1/articles", article, "it-ingest-key");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String id = json(accepted).get("id").asString();

        HttpResponse<String> status = get("/api/v1/articles/" + id + "/status", "it-search-key");
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        assertThat(get("/api/v1/articles/" + id + "/status", null).statusCode()).isEqualTo(401);

        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics", "it-ingest-key").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/metrics", "it-admin-key").statusCode()).isEqualTo(200);
        assertThat(get("/v3/api-docs", null).statusCode()).isEqualTo(200);

        // capacity 3: the accepted article took one, the refused ones none
        assertThat(post("/api/v1/articles", article(), "it-ingest-key").statusCode())
                .isEqualTo(202);
        assertThat(post("/api/v1/articles", article(), "it-ingest-key").statusCode())
                .isEqualTo(202);
        HttpResponse<String> limited = post("/api/v1/articles", article(), "it-ingest-key");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 600L));
        assertThat(json(limited).get("detail").asString()).contains("Retry-After");
        // the admin key has a bucket of its own
        assertThat(post("/api/v1/articles", article(), "it-admin-key").statusCode()).isEqualTo(202);
    }

    /** A new article each time, so none is a duplicate of another. */
    private static String article() {
        String nonce = UUID.randomUUID().toString();
        return JSON.writeValueAsString(
                java.util.Map.of(
                        "content",
                        "密钥测试标题 " + nonce + "\n正文第一段，关于商标保护，编号 " + nonce + "。",
                        "source",
                        "测试报",
                        "externalId",
                        "api-keys-it-" + nonce));
    }

    private HttpResponse<String> post(String path, String body, String key) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String key) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
