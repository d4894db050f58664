package dev.ipwire.nlp.api;

import dev.ipwire.contracts.Enrichment;
import dev.ipwire.nlp.enrichment.Enricher;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/enrich}: the enrichment of a title and paragraphs, for debugging and
 * evaluation.
 */
@RestController
class EnrichController {

    /** Request body: the article's title and paragraphs. */
    record EnrichRequest(String title, List<String> paragraphs) {}

    private final Enricher enricher;

    EnrichController(Enricher enricher) {
        this.enricher = enricher;
    }

    @PostMapping("/api/v1/enrich")
    ResponseEntity<?> enrich(@RequestBody(required = false) EnrichRequest request) {
        // null entries ([null, "…"]) are skipped, as the event records do.
        List<String> paragraphs =
                request == null || request.paragraphs() == null
                        ? List.of()
                        : request.paragraphs().stream().filter(Objects::nonNull).toList();
        if (request == null
                || ((request.title() == null || request.title().isBlank())
                        && paragraphs.isEmpty())) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(
                            HttpStatus.BAD_REQUEST,
                            "send {\"title\": \"…\", \"paragraphs\": [\"…\"]} with a title or at"
                                    + " least one paragraph");
            problem.setTitle("Nothing to enrich");
            return ResponseEntity.badRequest().body(problem);
        }
        Enrichment enrichment = enricher.enrich(request.title(), paragraphs);
        return ResponseEntity.ok(enrichment);
    }
}
