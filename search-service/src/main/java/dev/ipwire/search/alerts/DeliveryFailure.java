package dev.ipwire.search.alerts;

/**
 * A failed delivery attempt: what went wrong and whether another attempt may go better. This is the
 * failure policy: no answer (connection refused, timeout), 408, 425, 429 and 5xx are worth
 * retrying; other answers (3xx — webhooks are not redirected — and 4xx) mean the webhook rejected
 * the request, and are retried only when {@code give-up-on-client-errors} is false.
 */
final class DeliveryFailure extends Exception {

    private final Integer httpStatus;
    private final boolean retryable;
    private final boolean alertDeleted;

    private DeliveryFailure(
            String message, Integer httpStatus, boolean retryable, boolean alertDeleted) {
        super(message);
        this.httpStatus = httpStatus;
        this.retryable = retryable;
        this.alertDeleted = alertDeleted;
    }

    /** The webhook answered {@code status}, which is not a 2xx. */
    static DeliveryFailure answered(int status, String bodyStart, boolean giveUpOnClientErrors) {
        String message =
                "the webhook answered HTTP "
                        + status
                        + (bodyStart == null || bodyStart.isBlank() ? "" : ": " + bodyStart);
        return new DeliveryFailure(
                message, status, isRetryable(status, giveUpOnClientErrors), false);
    }

    /** No answer: the connection failed or timed out. */
    static DeliveryFailure noAnswer(Exception cause) {
        String reason =
                cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new DeliveryFailure("no answer from the webhook: " + reason, null, true, false);
    }

    /** The webhook's host is not a public address (any more): not retried. */
    static DeliveryFailure targetRefused(WebhookTargets.RefusedTargetException cause) {
        return new DeliveryFailure(cause.getMessage(), null, false, false);
    }

    /** The alert was deleted: its deliveries stop. */
    static DeliveryFailure alertDeleted(String alertId) {
        return new DeliveryFailure("alert " + alertId + " was deleted", null, false, true);
    }

    static boolean isRetryable(int status, boolean giveUpOnClientErrors) {
        if (status >= 500 || status == 408 || status == 425 || status == 429) {
            return true;
        }
        return !giveUpOnClientErrors;
    }

    /** The webhook's answer, or null when there was none. */
    Integer httpStatus() {
        return httpStatus;
    }

    boolean retryable() {
        return retryable;
    }

    /** The delivery stopped because its alert is gone, not because the webhook failed. */
    boolean alertDeleted() {
        return alertDeleted;
    }
}
