package dev.ipwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** How an alert reads in the API's JSON. */
class AlertViewTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Alert ALERT =
            new Alert(
                    "a-1",
                    null,
                    "地理标志",
                    new AlertFilters(
                            "protection",
                            null,
                            null,
                            null,
                            null,
                            null,
                            LocalDate.parse("2024-01-01"),
                            null),
                    "https://example.org/hook",
                    "secret-0123456789abcdef",
                    Instant.parse("2026-11-22T08:00:00.120Z"));

    private static JsonNode json(AlertView view) {
        return JSON.readTree(JSON.writeValueAsString(view));
    }

    @Test
    void filtersShowOnlyWhatWasGivenWithDatesAsWritten() {
        JsonNode alert = json(AlertView.of(ALERT, DeliveryStats.NONE, false));

        assertThat(alert.path("filters").propertyNames()).containsExactly("topic", "from");
        assertThat(alert.path("filters").path("from").asString()).isEqualTo("2024-01-01");
        assertThat(alert.path("createdAt").asString()).isEqualTo("2026-11-22T08:00:00.120Z");
        assertThat(alert.has("name")).isFalse();
    }

    @Test
    void theSecretShowsOnlyWhenAskedFor() {
        assertThat(json(AlertView.of(ALERT, DeliveryStats.NONE, false)).has("secret")).isFalse();
        assertThat(json(AlertView.of(ALERT, DeliveryStats.NONE, true)).path("secret").asString())
                .isEqualTo("secret-0123456789abcdef");
    }

    @Test
    void deliveryStatisticsLeaveOutWhatNeverHappened() {
        DeliveryStats stats =
                new DeliveryStats(
                        1,
                        2,
                        0,
                        new DeliveryStats.LastDelivery(
                                "dlv-1", "art-1", "2026-11-22T08:01:00Z", 1, 200),
                        null);

        JsonNode deliveries = json(AlertView.of(ALERT, stats, false)).path("deliveries");

        assertThat(deliveries.propertyNames())
                .containsExactly("pending", "delivered", "failed", "lastDelivery");
        assertThat(deliveries.path("lastDelivery").path("httpStatus").asInt()).isEqualTo(200);
    }
}
