package dev.ipwire.ingest.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart body the servlet container cannot parse (no boundary, a boundary that never occurs, a
 * body cut off mid-part) is the client's mistake: 400 with what to send, not the 500 that the
 * catch-all in {@link ProblemResponses} would give it. Ordered first so it is asked before that
 * catch-all.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MultipartProblems {

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unparseableMultipart(MultipartException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ContentTooLargeException tooLarge) {
                return ProblemResponses.problem(
                        HttpStatus.CONTENT_TOO_LARGE, "Content too large", tooLarge.getMessage());
            }
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return ProblemResponses.problem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "Content too large",
                    "the upload is larger than this service accepts; send a smaller file");
        }
        return ProblemResponses.problem(
                HttpStatus.BAD_REQUEST,
                "Malformed multipart body",
                "The body is not valid multipart/form-data"
                        + reason(e)
                        + ". Send the file as a part named \"file\" in a multipart/form-data body"
                        + " whose Content-Type carries the boundary that separates its parts"
                        + " (curl -F file=@article.pdf does this).");
    }

    /** The parser's own words (no boundary, stream ended…), without a stack trace. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root == e ? null : root.getMessage();
        if (message == null || message.isBlank()) {
            return "";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return ": " + (line.length() > 200 ? line.substring(0, 200) + "…" : line);
    }
}
