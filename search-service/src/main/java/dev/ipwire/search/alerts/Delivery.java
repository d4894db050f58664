package dev.ipwire.search.alerts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One match to deliver, as read from the outbox, with the sequence number and primary term of that
 * read: every change is written only if the document is still as read, so two instances never work
 * on the same delivery unknowingly, and a cancellation is never overwritten.
 *
 * @param id delivery id, sent as {@code X-IPWire-Delivery}; the same for every attempt
 * @param alertId the alert
 * @param articleId the article
 * @param revision the article revision that matched
 * @param payload the request body, fixed when the match was found
 * @param attempts attempts made so far
 * @param seqNo sequence number of the document as read
 * @param primaryTerm primary term of the document as read
 */
record Delivery(
        String id,
        String alertId,
        String articleId,
        long revision,
        String payload,
        int attempts,
        long seqNo,
        long primaryTerm) {

    /**
     * The id of the delivery of {@code revision} of an article to an alert: derived from the three,
     * so that matching the same revision again (after a crash, on two instances) finds the delivery
     * already there instead of creating a second one.
     */
    static String idOf(String alertId, String articleId, long revision) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(
                                    (alertId + "\n" + articleId + "\n" + revision)
                                            .getBytes(StandardCharsets.UTF_8));
            return "dlv-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    Delivery after(int attempts, long seqNo, long primaryTerm) {
        return new Delivery(
                id, alertId, articleId, revision, payload, attempts, seqNo, primaryTerm);
    }

    /** For logs: what is being delivered. */
    String describe(String webhook) {
        return "webhook delivery "
                + id
                + " (alert "
                + alertId
                + ", article "
                + articleId
                + " revision "
                + revision
                + ") to "
                + webhook;
    }
}
