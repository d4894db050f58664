package dev.ipwire.search.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.search.SearchProperties;
import dev.ipwire.search.alerts.Alert;
import dev.ipwire.search.alerts.AlertFilters;
import dev.ipwire.search.query.SearchRequest;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An alert stands for the search the search API runs for the same q and filters: the same parsed
 * query and the same filters reach {@code ArticleSearch.query}, so both select the same articles.
 */
class AlertSearchesAreSearchesTest {

    private final SearchController controller =
            new SearchController(null, new SearchProperties(1000, 10, 100, 10000, true), null);

    @Test
    void anAlertsSearchSelectsWhatTheSearchApiSelectsForTheSameParameters() {
        Alert alert =
                new Alert(
                        "a-1",
                        null,
                        "地理標誌 “茶农收入” -广告",
                        new AlertFilters(
                                "geographic_indication",
                                "浙江省",
                                "林志远",
                                "山城县",
                                "山城县人民政府",
                                "山城晚报",
                                LocalDate.parse("2024-01-01"),
                                LocalDate.parse("2024-12-31")),
                        "https://example.org/hook",
                        "secret-0123456789abcdef",
                        Instant.now());

        SearchRequest fromApi =
                controller.request(
                        "地理標誌 “茶农收入” -广告",
                        "geographic_indication",
                        "林志远",
                        "山城县",
                        "山城县人民政府",
                        "浙江省",
                        "山城晚报",
                        "2024-01-01",
                        "2024-12-31",
                        "relevance",
                        null,
                        null);
        SearchRequest fromAlert = alert.search();

        // paging and sorting order hits; they do not change which articles match
        assertThat(fromAlert)
                .usingRecursiveComparison()
                .ignoringFields("sortByDate", "page", "size")
                .isEqualTo(fromApi);
    }
}
