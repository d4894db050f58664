package dev.ipwire.nlp.api;

import dev.ipwire.stream.failures.DeadLetterPage;
import dev.ipwire.stream.failures.DeadLetters;
import dev.ipwire.stream.failures.ReplayReport;
import java.util.List;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dead letters of this stage ({@code error.articles.raw.nlp}) for operators: {@code GET
 * /api/v1/admin/dlq?from=&limit=} lists them with their reasons, {@code POST
 * /api/v1/admin/dlq/replay?id=} sends them back to {@code articles.raw} (all not replayed yet, or
 * the given ids). Admin endpoints: keyed under {@code /api/v1/admin/**}.
 */
@RestController
@RequestMapping("/api/v1/admin/dlq")
class DeadLetterController {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterController.class);

    /** Absent where no consumer is configured (slice tests of other controllers). */
    private final ObjectProvider<DeadLetters> deadLetters;

    DeadLetterController(ObjectProvider<DeadLetters> deadLetters) {
        this.deadLetters = deadLetters;
    }

    private DeadLetters deadLetters() {
        DeadLetters available = deadLetters.getIfAvailable();
        if (available == null) {
            throw new KafkaException("no dead-letter topic is configured in this process");
        }
        return available;
    }

    @GetMapping
    ResponseEntity<?> list(
            @RequestParam(required = false) String from,
            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > DeadLetters.MAX_PAGE) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "Invalid limit",
                    "limit must be between 1 and " + DeadLetters.MAX_PAGE + ", not " + limit);
        }
        try {
            DeadLetterPage page = deadLetters().list(from, limit);
            return ResponseEntity.ok(page);
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid from", e.getMessage());
        } catch (KafkaException e) {
            return unavailable(e);
        }
    }

    @PostMapping("/replay")
    ResponseEntity<?> replay(@RequestParam(name = "id", required = false) List<String> ids) {
        try {
            ReplayReport report = deadLetters().replay(ids == null ? List.of() : ids);
            return ResponseEntity.ok(report);
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid id", e.getMessage());
        } catch (KafkaException e) {
            return unavailable(e);
        }
    }

    private static ResponseEntity<ProblemDetail> unavailable(KafkaException e) {
        log.warn("dead-letter topic unavailable: {}", e.toString());
        ResponseEntity<ProblemDetail> answer =
                problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Kafka unavailable",
                        "The dead-letter topic cannot be read right now; try again in a few"
                                + " seconds.");
        return ResponseEntity.status(answer.getStatusCode())
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(answer.getBody());
    }

    private static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        return ResponseEntity.status(status).body(body);
    }
}
