package dev.ipwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.stack.junit.LocalStackExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description the running service serves: every API mapping is in it and nothing else,
 * with the request bodies, answers and problem answers DESIGN.md gives each endpoint.
 */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiIT {

    private static final String ARTICLES = "POST /api/v1/articles";
    private static final String BATCH = "POST /api/v1/articles/batch";
    private static final String STATUS = "GET /api/v1/articles/{id}/status";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private JsonNode spec;

    @BeforeEach
    void read() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        spec = JsonMapper.builder().build().readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Set<String> documentedOperations() {
        Set<String> operations = new TreeSet<>();
        spec.path("paths")
                .properties()
                .forEach(
                        path ->
                                path.getValue()
                                        .propertyNames()
                                        .forEach(
                                                method ->
                                                        operations.add(
                                                                method.toUpperCase(Locale.ROOT)
                                                                        + " "
                                                                        + path.getKey())));
        return operations;
    }

    private Set<String> mappedOperations() {
        Set<String> operations = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(
                        info ->
                                info.getPatternValues().stream()
                                        .filter(pattern -> pattern.startsWith("/api/"))
                                        .forEach(
                                                pattern ->
                                                        info.getMethodsCondition()
                                                                .getMethods()
                                                                .forEach(
                                                                        method ->
                                                                                operations.add(
                                                                                        method
                                                                                                        .name()
                                                                                                + " "
                                                                                                + pattern))));
        return operations;
    }

    private JsonNode operation(String operation) {
        String[] parts = operation.split(" ", 2);
        JsonNode node = spec.path("paths").path(parts[1]).path(parts[0].toLowerCase(Locale.ROOT));
        assertThat(node.isObject()).as("%s is documented", operation).isTrue();
        return node;
    }

    private JsonNode schema(String name) {
        JsonNode schema = spec.path("components").path("schemas").path(name);
        assertThat(schema.isObject()).as("schema %s", name).isTrue();
        return schema;
    }

    private static List<String> refs(JsonNode array) {
        List<String> refs = new ArrayList<>();
        array.forEach(n -> refs.add(n.path("$ref").asString()));
        return refs;
    }

    @Test
    void everyApiMappingIsDocumentedAndEveryDocumentedOperationIsMapped() {
        assertThat(spec.path("openapi").asString()).startsWith("3.");
        assertThat(mappedOperations()).contains(ARTICLES, BATCH, STATUS);
        assertThat(documentedOperations()).isEqualTo(mappedOperations());
    }

    @Test
    void anArticleIsSentAsJsonOrAsAFileUpload() {
        assertThat(operation(ARTICLES).path("parameters")).as("no query parameters").isEmpty();
        JsonNode content = operation(ARTICLES).path("requestBody").path("content");

        assertThat(content.propertyNames())
                .containsExactlyInAnyOrder("application/json", "multipart/form-data");
        assertThat(content.path("application/json").path("schema").path("$ref").asString())
                .isEqualTo("#/components/schemas/ArticleRequest");
        assertThat(schema("ArticleRequest").path("properties").propertyNames())
                .containsExactlyInAnyOrder(
                        "content", "format", "source", "url", "externalId", "publishedAt");
        JsonNode form = schema("UploadForm");
        assertThat(form.path("properties").path("file").path("format").asString())
                .isEqualTo("binary");
        assertThat(form.path("required").toString()).contains("file");
    }

    @Test
    void anAcceptedArticleIsA202WithItsIdOrTheParts() {
        JsonNode accepted = operation(ARTICLES).path("responses").path("202");

        assertThat(accepted.path("headers").has("Location")).isTrue();
        assertThat(
                        refs(
                                accepted.path("content")
                                        .path("application/json")
                                        .path("schema")
                                        .path("oneOf")))
                .containsExactlyInAnyOrder(
                        "#/components/schemas/ArticleResponse",
                        "#/components/schemas/CompilationResponse");
        assertThat(schema("ArticleResponse").path("properties").propertyNames())
                .containsExactlyInAnyOrder("id", "revision", "title", "duplicateOf");
        assertThat(schema("CompilationResponse").path("properties").propertyNames())
                .contains("parts");
    }

    @Test
    void aBatchIsAJsonArrayOrNdjsonWithOneResultPerItem() {
        JsonNode batch = operation(BATCH);
        JsonNode content = batch.path("requestBody").path("content");

        assertThat(content.path("application/json").path("schema").path("type").asString())
                .isEqualTo("array");
        assertThat(content.has("application/x-ndjson")).isTrue();
        assertThat(batch.path("responses").path("200").path("content").has("application/json"))
                .isTrue();
    }

    @Test
    void theStatusIsReadById() {
        JsonNode status = operation(STATUS);

        assertThat(status.path("parameters").get(0).path("name").asString()).isEqualTo("id");
        assertThat(schema("ArticleStatus").path("properties").propertyNames())
                .contains("id", "state", "revision", "reason");
        assertThat(status.path("responses").propertyNames()).contains("200", "404");
    }

    @Test
    void errorsAreDocumentedAsProblems() {
        assertThat(operation(ARTICLES).path("responses").propertyNames())
                .contains("400", "413", "415", "422", "503");
        assertThat(operation(BATCH).path("responses").propertyNames()).contains("400", "413");
        for (String operation : documentedOperations()) {
            operation(operation)
                    .path("responses")
                    .properties()
                    .forEach(
                            response -> {
                                if (response.getKey().compareTo("400") >= 0) {
                                    assertThat(
                                                    response.getValue()
                                                            .path("content")
                                                            .path("application/problem+json")
                                                            .path("schema")
                                                            .path("$ref")
                                                            .asString())
                                            .as("%s %s", operation, response.getKey())
                                            .isEqualTo("#/components/schemas/Problem");
                                }
                            });
        }
        assertThat(
                        operation(ARTICLES)
                                .path("responses")
                                .path("503")
                                .path("headers")
                                .has("Retry-After"))
                .isTrue();
    }

    @Test
    void theDescriptionIsAlsoServedAsYaml() throws Exception {
        HttpResponse<String> yaml = get("/v3/api-docs.yaml");

        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).startsWith("openapi: 3.").contains("/api/v1/articles/batch:");
    }
}
