package dev.ipwire.ingest.api;

import dev.ipwire.ingest.IngestProperties;
import dev.ipwire.ingest.documents.DocumentReader;
import dev.ipwire.ingest.documents.ReadDocument;
import dev.ipwire.ingest.intake.ArticleIntake;
import dev.ipwire.ingest.intake.IntakeResult;
import dev.ipwire.ingest.intake.InvalidSubmissionException;
import dev.ipwire.ingest.intake.Submission;
import dev.ipwire.ingest.registry.ArticleRegistry;
import dev.ipwire.ingest.registry.ArticleStatus;
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

    @PostMapping(
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> postFile(
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String url,
            @RequestParam(required = false) String externalId,
            @RequestParam(required = false) String publishedAt)
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

    @GetMapping(path = "/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    ArticleStatus status(@PathVariable String id) {
        return registry.status(id).orElseThrow(() -> new UnknownArticleException(id));
    }

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
