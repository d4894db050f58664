package dev.ipwire.ingest.api;

import dev.ipwire.ingest.IngestProperties;
import dev.ipwire.ingest.intake.AcceptedArticle;
import dev.ipwire.ingest.intake.ArticleIntake;
import dev.ipwire.ingest.intake.InvalidSubmissionException;
import dev.ipwire.ingest.intake.Submission;
import dev.ipwire.ingest.parsing.TextDecoding;
import dev.ipwire.ingest.parsing.UnparseableDocumentException;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
    private final IngestProperties properties;

    ArticleController(ArticleIntake intake, IngestProperties properties) {
        this.intake = intake;
        this.properties = properties;
    }

    @PostMapping(
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleResponse> postJson(
            @RequestBody(required = false) ArticleRequest request) {
        if (request == null) {
            throw new InvalidSubmissionException(
                    "the request body is empty: send {\"content\": \"<the article>\"} as JSON");
        }
        Submission submission =
                new Submission(
                        request.content(),
                        request.format(),
                        request.source(),
                        request.url(),
                        request.externalId(),
                        request.publishedAt(),
                        null);
        return accepted(intake.accept(submission));
    }

    @PostMapping(
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleResponse> postFile(
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
        String content;
        try {
            content = TextDecoding.decode(file.getBytes());
        } catch (UnparseableDocumentException e) {
            throw new InvalidSubmissionException(e.getMessage());
        }
        Submission submission =
                new Submission(
                        content,
                        format,
                        source,
                        url,
                        externalId,
                        publishedAt,
                        file.getOriginalFilename());
        return accepted(intake.accept(submission));
    }

    private ResponseEntity<ArticleResponse> accepted(AcceptedArticle article) {
        URI location =
                UriComponentsBuilder.fromUri(properties.searchBaseUrl())
                        .path("/api/v1/articles/{id}")
                        .buildAndExpand(article.id())
                        .toUri();
        return ResponseEntity.accepted().location(location).body(ArticleResponse.of(article));
    }
}
