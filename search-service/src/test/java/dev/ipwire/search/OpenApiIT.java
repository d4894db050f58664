package dev.ipwire.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import dev.ipwire.search.ApiClient.Response;
import dev.ipwire.stack.junit.LocalStackExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/**
 * The OpenAPI description the running service serves: every API mapping is in it and nothing else,
 * with the parameters, answers and problem answers DESIGN.md gives each endpoint.
 */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(webEnvironment = RANDOM_PORT)
class OpenApiIT {

    /** DESIGN.md's search API: operation → its query and path parameters. */
    static final Map<String, List<String>> DESIGN =
            Map.of(
                    "GET /api/v1/articles/{id}",
                    List.of("id"),
                    "GET /api/v1/search",
                    List.of(
                            "q",
                            "topic",
                            "person",
                            "place",
                            "organization",
                            "region",
                            "source",
                            "from",
                            "to",
                            "sort",
                            "page",
                            "size"),
                    "GET /api/v1/articles/{id}/similar",
                    List.of("id", "size"),
                    "GET /api/v1/trends",
                    List.of("topic", "q", "interval"),
                    "GET /api/v1/entities",
                    List.of("type", "topic", "size"),
                    "GET /api/v1/suggest",
                    List.of("prefix"));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort int port;

    private ApiClient api;
    private JsonNode spec;

    @BeforeEach
    void read() {
        api = ApiClient.onPort(port);
        Response response = api.get("/v3/api-docs");
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        spec = response.json();
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

    private JsonNode parameter(String operation, String name) {
        for (JsonNode parameter : operation(operation).path("parameters")) {
            if (name.equals(parameter.path("name").asString())) {
                return parameter;
            }
        }
        throw new AssertionError(operation + " documents no parameter " + name);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asString()));
        return texts;
    }

    private JsonNode schema(String name) {
        JsonNode schema = spec.path("components").path("schemas").path(name);
        assertThat(schema.isObject()).as("schema %s", name).isTrue();
        return schema;
    }

    @Test
    void everyApiMappingIsDocumentedAndEveryDocumentedOperationIsMapped() {
        assertThat(spec.path("openapi").asString()).startsWith("3.");
        assertThat(mappedOperations()).containsAll(DESIGN.keySet());
        assertThat(documentedOperations()).isEqualTo(mappedOperations());
    }

    @Test
    void everyDesignParameterIsDocumentedWithADescription() {
        DESIGN.forEach(
                (operation, names) ->
                        names.forEach(
                                name ->
                                        assertThat(
                                                        parameter(operation, name)
                                                                .path("description")
                                                                .asString())
                                                .as("%s %s", operation, name)
                                                .isNotBlank()));
    }

    @Test
    void closedValueSetsAreListedAsEnumerations() {
        assertThat(texts(parameter("GET /api/v1/trends", "interval").path("schema").path("enum")))
                .containsExactly("day", "week", "month", "quarter", "year");
        assertThat(
                        parameter("GET /api/v1/trends", "interval")
                                .path("schema")
                                .path("default")
                                .asString())
                .isEqualTo("month");
        assertThat(texts(parameter("GET /api/v1/entities", "type").path("schema").path("enum")))
                .containsExactly("person", "place", "organization", "region");
        assertThat(parameter("GET /api/v1/entities", "type").path("required").asBoolean()).isTrue();
        assertThat(texts(parameter("GET /api/v1/search", "sort").path("schema").path("enum")))
                .containsExactly("relevance", "date");
        for (String operation :
                List.of("GET /api/v1/search", "GET /api/v1/trends", "GET /api/v1/entities")) {
            assertThat(texts(parameter(operation, "topic").path("schema").path("enum")))
                    .as(operation)
                    .containsExactly("protection", "financing", "geographic_indication");
        }
    }

    @Test
    void sizesDocumentTheirLimits() {
        JsonNode similar = parameter("GET /api/v1/articles/{id}/similar", "size").path("schema");
        assertThat(similar.path("default").asInt()).isEqualTo(10);
        assertThat(similar.path("maximum").asInt()).isEqualTo(50);
        assertThat(parameter("GET /api/v1/search", "size").path("schema").path("maximum").asInt())
                .isEqualTo(100);
        assertThat(parameter("GET /api/v1/entities", "size").path("schema").path("maximum").asInt())
                .isEqualTo(100);
        assertThat(parameter("GET /api/v1/suggest", "prefix").path("required").asBoolean())
                .isTrue();
    }

    @Test
    void everyOperationAnswersJsonAndItsErrorsAreProblems() {
        for (String operation : documentedOperations()) {
            JsonNode responses = operation(operation).path("responses");
            String success =
                    responses.propertyNames().stream()
                            .filter(status -> status.startsWith("2"))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError(operation + " has no 2xx"));
            if (success.equals("204")) {
                assertThat(responses.path(success).has("content"))
                        .as("%s answers nothing", operation)
                        .isFalse();
            } else {
                assertThat(responses.path(success).path("content").has("application/json"))
                        .as("%s answers JSON", operation)
                        .isTrue();
            }
            assertThat(responses.has("503")).as("%s documents 503", operation).isTrue();
            assertThat(responses.path("503").path("headers").has("Retry-After"))
                    .as(operation)
                    .isTrue();
            responses
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
                                    assertThat(response.getValue().path("description").asString())
                                            .isNotBlank();
                                }
                            });
        }
        assertThat(schema("Problem").path("properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance");
    }

    @Test
    void eachEndpointDocumentsTheErrorsItCanAnswer() {
        assertThat(operation("GET /api/v1/articles/{id}").path("responses").propertyNames())
                .contains("404");
        assertThat(operation("GET /api/v1/articles/{id}/similar").path("responses").propertyNames())
                .contains("400", "404");
        for (String operation :
                List.of(
                        "GET /api/v1/search",
                        "GET /api/v1/trends",
                        "GET /api/v1/entities",
                        "GET /api/v1/suggest")) {
            assertThat(operation(operation).path("responses").propertyNames())
                    .as(operation)
                    .contains("400");
        }
    }

    @Test
    void answerSchemasHaveTheFieldsOfTheContract() {
        assertThat(schema("SearchResult").path("properties").propertyNames())
                .containsExactlyInAnyOrder("total", "hits", "facets");
        assertThat(schema("SimilarResult").path("properties").propertyNames())
                .containsExactlyInAnyOrder("id", "hits");
        assertThat(schema("SimilarHit").path("properties").propertyNames())
                .containsExactlyInAnyOrder(
                        "id",
                        "title",
                        "publishedAt",
                        "source",
                        "primaryTopic",
                        "score",
                        "nearDuplicates");
        assertThat(schema("TrendResult").path("properties").propertyNames())
                .containsExactlyInAnyOrder("interval", "buckets", "undated");
        assertThat(schema("Bucket").path("properties").propertyNames())
                .containsExactlyInAnyOrder("start", "total", "topics");
        assertThat(schema("SuggestResult").path("properties").propertyNames())
                .containsExactly("suggestions");
        assertThat(schema("Suggestion").path("properties").propertyNames())
                .containsExactlyInAnyOrder("text", "kind");
        assertThat(schema("ArticleEnriched").path("properties").propertyNames())
                .contains(
                        "id",
                        "title",
                        "publishedAt",
                        "source",
                        "paragraphs",
                        "topics",
                        "primaryTopic",
                        "entities",
                        "regions",
                        "keywords",
                        "summary",
                        "amounts",
                        "giProducts",
                        "nearDuplicateOf",
                        "revision");
    }

    @Test
    void theDescriptionIsAlsoServedAsYaml() throws Exception {
        HttpResponse<String> yaml =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        "http://127.0.0.1:"
                                                                + port
                                                                + "/v3/api-docs.yaml"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());

        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).startsWith("openapi: 3.").contains("/api/v1/trends:");
    }
}
