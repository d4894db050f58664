package dev.ipwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AlertBackoffsTest {

    @Test
    void theDeliveryScheduleFollowsTheConfiguredMaxAttempts() {
        AlertProperties.Delivery delivery =
                AlertFixtures.delivery(4, Duration.ofSeconds(1), Duration.ofSeconds(8));

        assertThat(AlertBackoffs.of(delivery).maxAttempts()).isEqualTo(4);
        assertThat(AlertBackoffs.of(delivery).waitsAfter(0)).hasSize(3);
    }
}
