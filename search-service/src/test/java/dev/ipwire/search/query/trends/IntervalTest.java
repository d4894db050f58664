package dev.ipwire.search.query.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ipwire.search.query.InvalidSearchException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntervalTest {

    @Test
    void theFiveIntervalsAreNamedAsTheParameterWritesThem() {
        assertThat(Interval.NAMES).containsExactly("day", "week", "month", "quarter", "year");
        assertThat(Interval.named("month")).isEqualTo(Interval.MONTH);
        assertThat(Interval.named(" Quarter ")).isEqualTo(Interval.QUARTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fortnight", "months", "1M", "", "月"})
    void anUnknownIntervalIsRefusedListingTheAllowedOnes(String name) {
        assertThatThrownBy(() -> Interval.named(name))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining("\"" + name + "\"")
                .hasMessageEndingWith("use one of day, week, month, quarter, year");
    }

    @ParameterizedTest
    @CsvSource({
        "DAY, 2024-02-29, 2024-02-29",
        "WEEK, 2024-01-05, 2024-01-01",
        "WEEK, 2023-12-31, 2023-12-25",
        "WEEK, 2024-01-01, 2024-01-01",
        "MONTH, 2024-02-29, 2024-02-01",
        "QUARTER, 2024-05-17, 2024-04-01",
        "QUARTER, 2024-12-31, 2024-10-01",
        "YEAR, 2024-07-01, 2024-01-01"
    })
    void aBucketStartsWhereTheCalendarStartsIt(Interval interval, String date, String start) {
        assertThat(interval.start(LocalDate.parse(date))).isEqualTo(LocalDate.parse(start));
    }

    @ParameterizedTest
    @CsvSource({
        "DAY, 2023-12-31, 2024-03-31, 92",
        "WEEK, 2023-12-31, 2024-01-01, 2",
        "MONTH, 2023-11-15, 2024-04-30, 6",
        "MONTH, 2024-01-01, 2024-01-31, 1",
        "QUARTER, 2023-12-31, 2024-01-01, 2",
        "YEAR, 1900-01-01, 2024-12-31, 125"
    })
    void bucketsBetweenCountsEveryIntervalTouched(
            Interval interval, String from, String to, long buckets) {
        assertThat(interval.bucketsBetween(LocalDate.parse(from), LocalDate.parse(to)))
                .isEqualTo(buckets);
    }
}
