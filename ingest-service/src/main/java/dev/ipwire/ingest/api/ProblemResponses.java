package dev.ipwire.ingest.api;

import dev.ipwire.ingest.documents.UnreadableDocumentException;
import dev.ipwire.ingest.feeds.FeedRequestException;
import dev.ipwire.ingest.intake.InvalidSubmissionException;
import dev.ipwire.ingest.publishing.ArticleTooLargeException;
import dev.ipwire.ingest.publishing.BrokerUnavailableException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 {@code application/problem+json} whose {@code detail} says what to fix.
 * Framework errors (unsupported media type, missing part…) come from the base class; bodies never
 * carry a stack trace.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    /** Seconds a client should wait before retrying after a 503. */
    static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(InvalidSubmissionException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSubmissionException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid article", e.getMessage());
    }

    @ExceptionHandler(UnknownArticleException.class)
    ResponseEntity<ProblemDetail> unknown(UnknownArticleException e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown article", e.getMessage());
    }

    @ExceptionHandler(UnreadableDocumentException.class)
    ResponseEntity<ProblemDetail> unreadable(UnreadableDocumentException e) {
        HttpStatus status =
                switch (e.reason()) {
                    case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
                    case NOT_TEXT -> HttpStatus.BAD_REQUEST;
                    case DAMAGED, ENCRYPTED, TOO_EXPANSIVE -> HttpStatus.UNPROCESSABLE_CONTENT;
                };
        return problem(status, "Unreadable document", e.getMessage());
    }

    @ExceptionHandler(FeedRequestException.class)
    ResponseEntity<ProblemDetail> feed(FeedRequestException e) {
        return switch (e.reason()) {
            case INVALID -> problem(HttpStatus.BAD_REQUEST, "Invalid feed", e.getMessage());
            case UNKNOWN -> problem(HttpStatus.NOT_FOUND, "Unknown feed", e.getMessage());
            case CONFLICT -> problem(HttpStatus.CONFLICT, "Feed conflict", e.getMessage());
            case DISABLED -> problem(HttpStatus.CONFLICT, "Feed polling disabled", e.getMessage());
            case UNAVAILABLE ->
                    ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                            .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                            .body(
                                    problemBody(
                                            HttpStatus.SERVICE_UNAVAILABLE,
                                            "Temporarily unavailable",
                                            e.getMessage()));
        };
    }

    @ExceptionHandler(ArticleTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(ArticleTooLargeException e) {
        return problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "Article too large",
                e.getMessage() + ": split it or shorten it");
    }

    @ExceptionHandler(ContentTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(ContentTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Content too large", e.getMessage());
    }

    @ExceptionHandler(BrokerUnavailableException.class)
    ResponseEntity<ProblemDetail> brokerUnavailable(BrokerUnavailableException e) {
        ProblemDetail body =
                ProblemDetail.forStatusAndDetail(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "The article was not accepted because the event log is unavailable ("
                                + e.getMessage()
                                + "). Nothing was stored; send it again in "
                                + RETRY_AFTER_SECONDS
                                + " seconds.");
        body.setTitle("Temporarily unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
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

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ContentTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                        .body(
                                problemBody(
                                        HttpStatus.CONTENT_TOO_LARGE,
                                        "Content too large",
                                        tooLarge.getMessage()));
            }
        }
        return ResponseEntity.badRequest()
                .body(
                        problemBody(
                                HttpStatus.BAD_REQUEST,
                                "Malformed request body",
                                "The body is not valid JSON of the form {\"content\": \"<the"
                                        + " article>\", \"source\": …}: "
                                        + firstLine(e.getMostSpecificCause().getMessage())));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        return ResponseEntity.status(status).body(problemBody(status, title, detail));
    }

    static ProblemDetail problemBody(HttpStatus status, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        body.setType(URI.create("about:blank"));
        return body;
    }
}
