package dev.ipwire.search.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ipwire.search.SearchProperties;
import dev.ipwire.search.query.InvalidSearchException;
import dev.ipwire.search.query.SearchRequest;
import java.time.LocalDate;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation of the search parameters, without Elasticsearch. */
class SearchControllerRequestTest {

    private final SearchController controller =
            new SearchController(null, new SearchProperties(1000, 10, 100, 10000, true), null);

    /** Parameters of one request; null means not given. */
    private record Params(
            String q,
            String topic,
            String person,
            String place,
            String organization,
            String region,
            String source,
            String from,
            String to,
            String sort,
            String page,
            String size) {

        static Params none() {
            return new Params(
                    null, null, null, null, null, null, null, null, null, "relevance", null, null);
        }

        Params q(String v) {
            return new Params(
                    v,
                    topic,
                    person,
                    place,
                    organization,
                    region,
                    source,
                    from,
                    to,
                    sort,
                    page,
                    size);
        }

        Params topic(String v) {
            return new Params(
                    q, v, person, place, organization, region, source, from, to, sort, page, size);
        }

        Params dates(String f, String t) {
            return new Params(
                    q, topic, person, place, organization, region, source, f, t, sort, page, size);
        }

        Params sort(String v) {
            return new Params(
                    q, topic, person, place, organization, region, source, from, to, v, page, size);
        }

        Params paging(String p, String s) {
            return new Params(
                    q, topic, person, place, organization, region, source, from, to, sort, p, s);
        }
    }

    private SearchRequest request(Params p) {
        return controller.request(
                p.q(),
                p.topic(),
                p.person(),
                p.place(),
                p.organization(),
                p.region(),
                p.source(),
                p.from(),
                p.to(),
                p.sort(),
                p.page(),
                p.size());
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertInvalid(Params p) {
        return assertThatThrownBy(() -> request(p)).isInstanceOf(InvalidSearchException.class);
    }

    @Test
    void noParametersIsTheFirstPageOfEverythingByRelevance() {
        SearchRequest request = request(Params.none());

        assertThat(request.query().isEmpty()).isTrue();
        assertThat(request.topic()).isNull();
        assertThat(request.from()).isNull();
        assertThat(request.to()).isNull();
        assertThat(request.sortByDate()).isFalse();
        assertThat(request.page()).isEqualTo(1);
        assertThat(request.size()).isEqualTo(10);
    }

    @Test
    void everyParameterIsCarriedOverTrimmed() {
        SearchRequest request =
                controller.request(
                        "地理标志 \"茶农收入\" -广告",
                        " protection ",
                        " 王小明 ",
                        "山城县",
                        "山城县人民政府",
                        "浙江省",
                        "山城晚报",
                        "2024-01-01",
                        " 2024-12-31 ",
                        "date",
                        "3",
                        " 25 ");

        assertThat(request.query().terms()).containsExactly("地理标志", "茶农收入");
        assertThat(request.query().phrases()).containsExactly("茶农收入");
        assertThat(request.query().exclusions()).containsExactly("广告");
        assertThat(request.topic()).isEqualTo("protection");
        assertThat(request.person()).isEqualTo("王小明");
        assertThat(request.place()).isEqualTo("山城县");
        assertThat(request.organization()).isEqualTo("山城县人民政府");
        assertThat(request.region()).isEqualTo("浙江省");
        assertThat(request.source()).isEqualTo("山城晚报");
        assertThat(request.from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(request.to()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(request.sortByDate()).isTrue();
        assertThat(request.page()).isEqualTo(3);
        assertThat(request.size()).isEqualTo(25);
    }

    @Test
    void blankFiltersMeanNoFilter() {
        SearchRequest request =
                controller.request(" ", " ", "", " ", "", " ", "", " ", "", "relevance", " ", "");

        assertThat(request.query().isEmpty()).isTrue();
        assertThat(request.topic()).isNull();
        assertThat(request.person()).isNull();
        assertThat(request.place()).isNull();
        assertThat(request.organization()).isNull();
        assertThat(request.region()).isNull();
        assertThat(request.source()).isNull();
        assertThat(request.from()).isNull();
        assertThat(request.to()).isNull();
        assertThat(request.page()).isEqualTo(1);
        assertThat(request.size()).isEqualTo(10);
    }

    @Test
    void aQueryOfExactlyTheLimitIsAccepted() {
        SearchRequest request = request(Params.none().q("茶".repeat(1000)));

        assertThat(request.query().terms()).containsExactly("茶".repeat(1000));
    }

    @Test
    void aQueryOverTheLimitIsRejectedSayingTheLimit() {
        assertInvalid(Params.none().q("茶".repeat(1001)))
                .hasMessageContaining("1001")
                .hasMessageContaining("at most 1000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"protection", "financing", "geographic_indication"})
    void everyKnownTopicIsAccepted(String topic) {
        assertThat(request(Params.none().topic(topic)).topic()).isEqualTo(topic);
    }

    @ParameterizedTest
    @ValueSource(strings = {"patent", "Protection", "地理标志", "financing,protection"})
    void anUnknownTopicIsRejectedListingTheKnownOnes(String topic) {
        assertInvalid(Params.none().topic(topic))
                .hasMessageContaining(topic)
                .hasMessageContaining("protection, financing, geographic_indication");
    }

    @Test
    void sortByDateOrRelevance() {
        assertThat(request(Params.none().sort("date")).sortByDate()).isTrue();
        assertThat(request(Params.none().sort("relevance")).sortByDate()).isFalse();
    }

    @Test
    void anUnknownSortIsRejectedNamingTheChoices() {
        assertInvalid(Params.none().sort("newest"))
                .hasMessageContaining("newest")
                .hasMessageContaining("relevance or date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024/01/31", "2024-1-5", "2024-02-30", "2024-13-01", "昨天", "20240131"})
    void aBadFromDateIsRejectedShowingTheFormat(String from) {
        assertInvalid(Params.none().dates(from, null))
                .hasMessageContaining("from")
                .hasMessageContaining(from)
                .hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void aBadToDateIsRejectedShowingTheFormat() {
        assertInvalid(Params.none().dates(null, "31.12.2024"))
                .hasMessageStartingWith("to ")
                .hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void fromAfterToIsRejectedShowingBoth() {
        assertInvalid(Params.none().dates("2024-06-02", "2024-06-01"))
                .hasMessageContaining("2024-06-02")
                .hasMessageContaining("2024-06-01")
                .hasMessageContaining("after");
    }

    @Test
    void fromEqualToToIsOneDay() {
        SearchRequest request = request(Params.none().dates("2024-06-01", "2024-06-01"));

        assertThat(request.from()).isEqualTo(request.to()).isEqualTo(LocalDate.of(2024, 6, 1));
    }

    @Test
    void openEndedDateRangesAreAccepted() {
        assertThat(request(Params.none().dates("2024-06-01", null)).from())
                .isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(request(Params.none().dates(null, "2024-06-01")).to())
                .isEqualTo(LocalDate.of(2024, 6, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1"})
    void pageBelowOneIsRejected(String page) {
        assertInvalid(Params.none().paging(page, null))
                .hasMessageContaining("page must be 1 or more");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "101"})
    void sizeOutOfRangeIsRejectedShowingTheRange(String size) {
        assertInvalid(Params.none().paging(null, size))
                .hasMessageContaining("size must be between 1 and 100")
                .hasMessageContaining(size);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "二"})
    void aPageThatIsNotAWholeNumberIsRejected(String page) {
        assertInvalid(Params.none().paging(page, null))
                .hasMessageContaining("page")
                .hasMessageContaining("whole number");
    }

    @Test
    void aPageBeyondTheIntegerRangeIsRejected() {
        assertInvalid(Params.none().paging("99999999999", null)).hasMessageContaining("page");
    }

    @Test
    void aSizeThatIsNotAWholeNumberIsRejected() {
        assertInvalid(Params.none().paging(null, "ten"))
                .hasMessageContaining("size")
                .hasMessageContaining("whole number");
    }

    @Test
    void pagingUpToTheResultWindowIsAccepted() {
        SearchRequest request = request(Params.none().paging("100", "100"));

        assertThat(request.page()).isEqualTo(100);
        assertThat(request.size()).isEqualTo(100);
        assertThat(request(Params.none().paging("1000", null)).page()).isEqualTo(1000);
    }

    @Test
    void pagingPastTheResultWindowIsRejectedSayingHowDeepPagingGoes() {
        assertInvalid(Params.none().paging("101", "100"))
                .hasMessageContaining("10000")
                .hasMessageContaining("narrow the search");
        assertInvalid(Params.none().paging("1001", null)).hasMessageContaining("10000");
    }

    @Test
    void hugePageNumbersDoNotOverflowIntoAcceptance() {
        assertInvalid(Params.none().paging(String.valueOf(Integer.MAX_VALUE), "100"))
                .hasMessageContaining("10000");
    }
}
