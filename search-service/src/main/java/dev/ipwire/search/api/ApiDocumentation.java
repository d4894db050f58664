package dev.ipwire.search.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 description of the search API, served at {@code /v3/api-docs} (JSON) and {@code
 * /v3/api-docs.yaml}: springdoc reads the controllers and their annotations; this adds the title
 * and gives every error response its {@code application/problem+json} body (RFC 9457), so the
 * annotations only say when each error happens.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM_JSON = "application/problem+json";

    // Texts shared by several operations: one wording for one parameter everywhere.
    static final String Q =
            "What an editor types: words (all must match), \"quoted phrases\" (also “…” and"
                    + " 「…」, matched as written), -exclusions. 繁體 and 简体 meet. Nothing in q is"
                    + " query syntax.";
    static final String TOPIC = "Only articles with this topic.";
    static final String PERSON = "Only articles naming this person (normalized name).";
    static final String PLACE = "Only articles naming this place (normalized name).";
    static final String ORGANIZATION = "Only articles naming this organization (normalized name).";
    static final String REGION = "Only articles about this province (normalized name, e.g. 浙江省).";
    static final String SOURCE = "Only articles from this outlet.";
    static final String FROM = "Earliest publication date, inclusive (YYYY-MM-DD).";
    static final String TO = "Latest publication date, inclusive (YYYY-MM-DD).";
    static final String INVALID =
            "A parameter is invalid; detail names it and says what is allowed.";
    static final String UNAVAILABLE =
            "Elasticsearch is unreachable; try again after Retry-After seconds.";
    static final String NOT_FOUND = "No article with this id is indexed (yet).";

    @Bean
    OpenAPI searchApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("IPWire search API")
                                .version("v1")
                                .description(
                                        "Search, read and chart enriched Chinese IP news. Errors"
                                                + " are RFC 9457 application/problem+json."));
    }

    @Bean
    OpenApiCustomizer problemBodiesForErrorResponses() {
        return openApi -> {
            openApi.getComponents().addSchemas("Problem", problemSchema());
            openApi.getPaths()
                    .values()
                    .forEach(
                            path ->
                                    path.readOperations()
                                            .forEach(
                                                    operation ->
                                                            operation
                                                                    .getResponses()
                                                                    .forEach(
                                                                            ApiDocumentation
                                                                                    ::asProblem)));
        };
    }

    private static void asProblem(String status, ApiResponse response) {
        if (!status.startsWith("4") && !status.startsWith("5")) {
            return;
        }
        response.setContent(
                new Content()
                        .addMediaType(
                                PROBLEM_JSON,
                                new MediaType()
                                        .schema(
                                                new Schema<>()
                                                        .$ref("#/components/schemas/Problem"))));
        if (status.equals("503")) {
            response.setHeaders(
                    Map.of(
                            "Retry-After",
                            new Header()
                                    .description("seconds to wait before trying again")
                                    .schema(new IntegerSchema())));
        }
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema().description("what went wrong, briefly"))
                .addProperty("status", new IntegerSchema().description("the HTTP status"))
                .addProperty(
                        "detail",
                        new StringSchema().description("what went wrong and what to do about it"))
                .addProperty("instance", new StringSchema().format("uri"));
    }
}
