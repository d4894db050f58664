package dev.ipwire.search.alerts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How an alert's deliveries went, from the outbox (delivered and failed ones are kept for {@code
 * ipwire.alerts.delivery.retention}).
 *
 * @param pending matches not delivered yet (being attempted or waiting for the next attempt)
 * @param delivered matches the webhook accepted
 * @param failed matches given up on
 * @param lastDelivery the most recent accepted delivery, or null
 * @param lastFailure the most recent delivery given up on, or null
 */
public record DeliveryStats(
        long pending,
        long delivered,
        long failed,
        @JsonInclude(JsonInclude.Include.NON_NULL) LastDelivery lastDelivery,
        @JsonInclude(JsonInclude.Include.NON_NULL) LastFailure lastFailure) {

    public static final DeliveryStats NONE = new DeliveryStats(0, 0, 0, null, null);

    /**
     * An accepted delivery.
     *
     * @param deliveryId the {@code X-IPWire-Delivery} it was sent with
     * @param articleId the article
     * @param at when the webhook accepted it
     * @param attempts attempts it took
     * @param httpStatus the webhook's answer
     */
    public record LastDelivery(
            String deliveryId, String articleId, String at, int attempts, Integer httpStatus) {}

    /**
     * A delivery given up on.
     *
     * @param deliveryId the {@code X-IPWire-Delivery} it was sent with
     * @param articleId the article
     * @param at when it was given up
     * @param attempts attempts made
     * @param httpStatus the webhook's last answer, or null when there was none (no connection,
     *     timeout)
     * @param error what went wrong the last time
     */
    public record LastFailure(
            String deliveryId,
            String articleId,
            String at,
            int attempts,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer httpStatus,
            String error) {}
}
