package dev.ipwire.search.alerts;

import java.time.Duration;

/** Settings for unit tests. */
final class AlertFixtures {

    private AlertFixtures() {}

    static AlertProperties.Delivery delivery(int maxAttempts, Duration initial, Duration max) {
        return new AlertProperties.Delivery(
                maxAttempts,
                initial,
                max,
                2.0,
                0,
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                4,
                100,
                Duration.ofSeconds(1),
                Duration.ofMinutes(1),
                true,
                Duration.ofDays(30));
    }
}
