package dev.ipwire.search.api;

import dev.ipwire.search.alerts.AlertNotFoundException;
import dev.ipwire.search.alerts.InvalidAlertException;
import dev.ipwire.search.alerts.TooManyAlertsException;
import dev.ipwire.search.query.InvalidSearchException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 {@code application/problem+json} that says what to fix; never a stack
 * trace.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(InvalidSearchException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSearchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid search", e.getMessage());
    }

    @ExceptionHandler(ArticleNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ArticleNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Article not found", e.getMessage());
    }

    /** Every mistake in the request, in {@code detail} and one by one in {@code errors}. */
    @ExceptionHandler(InvalidAlertException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidAlertException e) {
        ResponseEntity<ProblemDetail> response =
                problem(HttpStatus.BAD_REQUEST, "Invalid alert", e.getMessage());
        response.getBody().setProperty("errors", e.errors());
        return response;
    }

    @ExceptionHandler(AlertNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AlertNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Alert not found", e.getMessage());
    }

    @ExceptionHandler(TooManyAlertsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyAlertsException e) {
        return problem(HttpStatus.CONFLICT, "Too many alerts", e.getMessage());
    }

    /** Elasticsearch unreachable or failing; the client's TransportException is an IOException. */
    @ExceptionHandler(IOException.class)
    ResponseEntity<ProblemDetail> unavailable(IOException e) {
        log.warn("Elasticsearch unavailable: {}", e.toString());
        ProblemDetail body =
                ProblemDetail.forStatusAndDetail(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "The search index is unavailable right now; try again in a few seconds.");
        body.setTitle("Search temporarily unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(body);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected error", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error",
                "The request could not be processed because of an error on our side; it has been"
                        + " logged.");
    }

    private static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        return ResponseEntity.status(status).body(body);
    }
}
