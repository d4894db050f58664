package dev.ipwire.search.alerts;

import dev.ipwire.search.retry.BackoffSchedule;

/** The backoff schedules of alert matching and webhook delivery, from their settings. */
final class AlertBackoffs {

    private AlertBackoffs() {}

    static BackoffSchedule of(AlertProperties.Delivery delivery) {
        return new BackoffSchedule(
                delivery.maxAttempts(),
                delivery.initialBackoff(),
                delivery.maxBackoff(),
                delivery.backoffMultiplier(),
                delivery.jitter());
    }

    static BackoffSchedule of(AlertProperties.Matching matching) {
        return new BackoffSchedule(
                matching.maxAttempts(), matching.initialBackoff(), matching.maxBackoff(), 2.0, 0.5);
    }
}
