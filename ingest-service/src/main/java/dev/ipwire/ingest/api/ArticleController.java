package dev.ipwire.ingest.api;

import static dev.ipwire.ingest.api.ApiDocumentation.BROKER_UNAVAILABLE;
import static dev.ipwire.ingest.api.ApiDocumentation.INVALID;
import static dev.ipwire.ingest.api.ApiDocumentation.TOO_LARGE;
import static dev.ipwire.ingest.api.ApiDocumentation.UNKNOWN_ARTICLE;
import static dev.ipwire.ingest.api.ApiDocumentation.UNREADABLE;
import static dev.ipwire.ingest.api.ApiDocumentation.UNSUPPORTED;

import dev.ipwire.ingest.IngestProperties;
import dev.ipwire.ingest.documents.DocumentReader;
import dev.ipwire.ingest.documents.ReadDocument;
import dev.ipwire.ingest.intake.ArticleIntake;
import dev.ipwire.ingest.intake.IntakeResult;
import dev.ipwire.ingest.intake.InvalidSubmissionException;
import dev.ipwire.ingest.intake.Submission;
import dev.ipwire.ingest.registry.ArticleRegistry;
import dev.ipwire.ingest.registry.ArticleStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/** The newsroom's entry point: {@code POST /api/v1/articles} as JSON or as a file upload. */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleController {

    private final ArticleIntake intake;
    private final DocumentReader documents;
    private final ArticleRegistry registry;
    private final IngestProperties properties;

    ArticleController(
            ArticleIntake intake,
            DocumentReader documents,
            ArticleRegistry registry,
            IngestProperties properties) {
        this.intake = intake;
        this.documents = documents;
        this.registry = registry;
        this.properties = properties;
    }

    @Operation(
            summary = "Submit an article",
            description =
                    "The document as received, as JSON {\"content\", …} or as a multipart/form-data"
                        + " upload with a file part (txt, md, html, pdf, docx; UTF-8, GBK or"
                        + " GB18030 detected). Re-sending an article gives it a higher revision,"
                        + " never a second id.")
    @ApiResponse(
            responseCode = "202",
            description =
                    "Accepted once Kafka acknowledged it: the article, or the parts of a"
                            + " compilation that was split into several articles.",
            headers =
                    @Header(
                            name = "Location",
                            description = "The article on the search service (the first part)."),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema =
                                    @Schema(
                                            oneOf = {
                                                ArticleResponse.class,
                                                ArticleResponse.CompilationResponse.class
                                            })))
    @ApiResponse(responseCode = "400", description = INVALID)
    @ApiResponse(responseCode = "413", description = TOO_LARGE)
    @ApiResponse(responseCode = "415", description = UNSUPPORTED)
    @ApiResponse(responseCode = "422", description = UNREADABLE)
    @ApiResponse(responseCode = "503", description = BROKER_UNAVAILABLE)
    @PostMapping(
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> postJson(@RequestBody(required = false) ArticleRequest request) {
        if (request == null) {
            throw new InvalidSubmissionException(
                    "the request body is empty: send {\"content\": \"<the article>\"} as JSON");
        }
        return accepted(intake.accept(request.toSubmission()));
    }

    @Operation(
            summary = "Submit an article",
            description = "An uploaded file with optional metadata as form fields.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                            schema = @Schema(implementation = UploadForm.class)))
    @ApiResponse(
            responseCode = "202",
            description =
                    "Accepted once Kafka acknowledged it: the article, or the parts of a"
                            + " compilation that was split into several articles.",
            headers =
                    @Header(
                            name = "Location",
                            description = "The article on the search service (the first part)."),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema =
                                    @Schema(
                                            oneOf = {
                                                ArticleResponse.class,
                                                ArticleResponse.CompilationResponse.class
                                            })))
    @ApiResponse(responseCode = "400", description = INVALID)
    @ApiResponse(responseCode = "413", description = TOO_LARGE)
    @ApiResponse(responseCode = "415", description = UNSUPPORTED)
    @ApiResponse(responseCode = "422", description = UNREADABLE)
    @ApiResponse(responseCode = "503", description = BROKER_UNAVAILABLE)
    @PostMapping(
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> postFile(
            @Parameter(hidden = true) @RequestPart("file") MultipartFile file,
            @Parameter(hidden = true) @RequestParam(required = false) String format,
            @Parameter(hidden = true) @RequestParam(required = false) String source,
            @Parameter(hidden = true) @RequestParam(required = false) String url,
            @Parameter(hidden = true) @RequestParam(required = false) String externalId,
            @Parameter(hidden = true) @RequestParam(required = false) String publishedAt)
            throws IOException {
        if (file.isEmpty()) {
            throw new InvalidSubmissionException(
                    "the uploaded file \"" + file.getOriginalFilename() + "\" is empty");
        }
        ReadDocument document =
                documents.read(file.getBytes(), file.getOriginalFilename(), file.getContentType());
        Submission submission =
                new Submission(
                        document.content(),
                        format != null ? format : document.format(),
                        source,
                        url,
                        externalId,
                        publishedAt,
                        file.getOriginalFilename(),
                        null);
        return accepted(intake.accept(submission));
    }

    @Operation(
            summary = "Where an article is in the pipeline",
            description =
                    "received, enriched or indexed (the latest revision each stage has"
                            + " reached), or failed with the stage and the reason.")
    @ApiResponse(responseCode = "200", description = "The article's status.")
    @ApiResponse(responseCode = "404", description = UNKNOWN_ARTICLE)
    @GetMapping(path = "/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    ArticleStatus status(@Parameter(description = "Article id.") @PathVariable String id) {
        return registry.status(id).orElseThrow(() -> new UnknownArticleException(id));
    }

    /**
     * The multipart form of an upload, for the API description only.
     *
     * @param file the document
     * @param format optional format hint
     * @param source optional outlet name
     * @param url optional article address
     * @param externalId optional client-side id
     * @param publishedAt optional publication date (ISO-8601)
     */
    record UploadForm(
            @Schema(
                            type = "string",
                            format = "binary",
                            requiredMode = Schema.RequiredMode.REQUIRED,
                            description = "The document: txt, md, html, pdf or docx.")
                    String file,
            @Schema(description = "Format hint, e.g. html.") String format,
            @Schema(description = "Outlet name.") String source,
            @Schema(description = "Article address.") String url,
            @Schema(description = "The client's own id for the article.") String externalId,
            @Schema(description = "Publication date, ISO-8601.") String publishedAt) {}

    private ResponseEntity<Object> accepted(IntakeResult result) {
        String first = result.articles().getFirst().id();
        URI location =
                UriComponentsBuilder.fromUri(properties.searchBaseUrl())
                        .path("/api/v1/articles/{id}")
                        .buildAndExpand(first)
                        .toUri();
        return ResponseEntity.accepted().location(location).body(ArticleResponse.body(result));
    }
}
