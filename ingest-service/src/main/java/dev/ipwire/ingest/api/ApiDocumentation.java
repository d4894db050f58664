package dev.ipwire.ingest.api;

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
 * The OpenAPI 3 description of the ingest API, served at {@code /v3/api-docs} (JSON) and {@code
 * /v3/api-docs.yaml}: springdoc reads the controllers and their annotations; this adds the title
 * and gives every error response its {@code application/problem+json} body (RFC 9457), so the
 * annotations only say when each error happens.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM_JSON = "application/problem+json";

    // Texts shared by several operations: one wording for one error everywhere.
    static final String INVALID = "The request is invalid; detail says what to send instead.";
    static final String TOO_LARGE =
            "The body is larger than ipwire.ingest.max-content-size (10MB by default).";
    static final String UNSUPPORTED =
            "The media type or the file type is not one ingest reads; detail lists those it does.";
    static final String UNREADABLE =
            "The file is damaged, encrypted or expands too much to be read safely.";
    static final String BROKER_UNAVAILABLE =
            "The event log (Kafka) did not acknowledge in time; nothing was accepted. Send again"
                    + " after Retry-After seconds.";
    static final String UNKNOWN_ARTICLE = "No article with this id was accepted by ingest.";
    static final String UNKNOWN_FEED = "No feed has this id.";
    static final String FEED_CONFLICT =
            "The feed exists already, is configured (not changeable through the API), or this"
                    + " instance does not poll feeds.";
    static final String FEED_LOG_UNAVAILABLE =
            "The feed registrations log (Kafka) is unavailable; try again after Retry-After"
                    + " seconds.";

    @Bean
    OpenAPI ingestApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("IPWire ingest API")
                                .version("v1")
                                .description(
                                        "Submit Chinese IP news as newsrooms send it (JSON, text,"
                                            + " Markdown, HTML, PDF, DOCX), follow each article"
                                            + " through the pipeline, and manage polled feeds."
                                            + " Errors are RFC 9457 application/problem+json."));
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
