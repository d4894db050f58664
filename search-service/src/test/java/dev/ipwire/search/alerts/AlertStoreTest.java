package dev.ipwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An alert survives the trip to its index document and back unchanged. */
class AlertStoreTest {

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        Alert alert =
                new Alert(
                        "a-1",
                        "地理标志动态",
                        "地理标志 -广告",
                        new AlertFilters(
                                "geographic_indication",
                                "浙江省",
                                "林志远",
                                "山城县",
                                "山城县人民政府",
                                "山城晚报",
                                LocalDate.parse("2024-01-01"),
                                LocalDate.parse("2024-12-31")),
                        "https://example.org/hook?x=1",
                        "secret-0123456789abcdef",
                        Instant.parse("2026-11-22T08:00:00.123Z"));

        assertThat(AlertStore.alert(AlertStore.document(alert))).isEqualTo(alert);
    }

    @Test
    void absentOptionalFieldsStayAbsent() {
        Alert alert =
                new Alert(
                        "a-2",
                        null,
                        null,
                        new AlertFilters("financing", null, null, null, null, null, null, null),
                        "http://127.0.0.1:9000/",
                        "secret-0123456789abcdef",
                        Instant.parse("2026-11-22T08:00:00Z"));

        Map<String, Object> document = AlertStore.document(alert);

        assertThat(document).doesNotContainKeys("name", "q");
        assertThat(document.get("filters")).isEqualTo(Map.of("topic", "financing"));
        assertThat(AlertStore.alert(document)).isEqualTo(alert);
    }
}
