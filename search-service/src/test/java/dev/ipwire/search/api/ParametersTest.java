package dev.ipwire.search.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ipwire.search.SearchProperties;
import dev.ipwire.search.query.InvalidSearchException;
import dev.ipwire.search.query.SearchRequest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The parameters trends, entities and similar share with search, without Elasticsearch. */
class ParametersTest {

    private static final SearchProperties LIMITS = new SearchProperties(20, 10, 100, 10000, true);

    private static SearchRequest filters(String q, String topic, String from, String to) {
        return Parameters.filters(LIMITS, q, topic, " 张三 ", null, "", null, "商报", from, to);
    }

    @Test
    void filtersAreReadAsASearchReadsThem() {
        SearchRequest request =
                filters("地理标志 -广告 \"茶农\"", " financing ", "2024-01-01", "2024-12-31");

        assertThat(request.query().terms()).containsExactly("地理标志", "茶农");
        assertThat(request.query().phrases()).containsExactly("茶农");
        assertThat(request.query().exclusions()).containsExactly("广告");
        assertThat(request.topic()).isEqualTo("financing");
        assertThat(request.person()).isEqualTo("张三");
        assertThat(request.organization()).isNull();
        assertThat(request.source()).isEqualTo("商报");
        assertThat(request.from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(request.to()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void nothingGivenSelectsEverything() {
        SearchRequest request = filters(null, null, null, null);

        assertThat(request.query().isEmpty()).isTrue();
        assertThat(request.topic()).isNull();
        assertThat(request.from()).isNull();
        assertThat(request.to()).isNull();
    }

    @Test
    void badFiltersAreRefusedSayingWhatIsAllowed() {
        assertThatThrownBy(() -> filters(null, "patent", null, null))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessage(
                        "topic \"patent\" is unknown; use one of protection, financing,"
                                + " geographic_indication");
        assertThatThrownBy(() -> filters(null, null, "2024-02-30", null))
                .hasMessage("from \"2024-02-30\" is not a date; use YYYY-MM-DD, e.g. 2024-01-31");
        assertThatThrownBy(() -> filters(null, null, null, "31.12.2024"))
                .hasMessageStartingWith("to \"31.12.2024\" is not a date");
        assertThatThrownBy(() -> filters(null, null, "2024-06-02", "2024-06-01"))
                .hasMessage("from (2024-06-02) is after to (2024-06-01)");
        assertThatThrownBy(() -> filters("茶".repeat(21), null, null, null))
                .hasMessage("q is 21 characters long; at most 20 are allowed");
    }

    @Test
    void sizeIsAWholeNumberInRangeOrTheDefault() {
        assertThat(Parameters.size(null, 10, 50)).isEqualTo(10);
        assertThat(Parameters.size(" ", 10, 50)).isEqualTo(10);
        assertThat(Parameters.size(" 50 ", 10, 50)).isEqualTo(50);
        assertThatThrownBy(() -> Parameters.size("51", 10, 50))
                .hasMessage("size must be between 1 and 50, got 51");
        assertThatThrownBy(() -> Parameters.size("0", 10, 50))
                .hasMessage("size must be between 1 and 50, got 0");
        assertThatThrownBy(() -> Parameters.size("1e3", 10, 50))
                .hasMessage("size \"1e3\" is not a whole number");
    }
}
