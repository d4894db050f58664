package dev.ipwire.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {

    @Test
    void isoDateStaysADate() {
        assertThat(PublishedDates.normalize("2021-12-24")).contains("2021-12-24");
    }

    @Test
    void dateTimeWithCompactOffsetBecomesIsoWithTheSameOffset() {
        assertThat(PublishedDates.normalize("2021-12-24 14:51:02 +0800"))
                .contains("2021-12-24T14:51:02+08:00");
    }

    @Test
    void offsetIsKeptNotShiftedToUtc() {
        // 01:30 in Beijing is still the previous day in UTC: the printed calendar date must stay.
        assertThat(PublishedDates.normalize("2022-03-01T01:30:00+08:00"))
                .contains("2022-03-01T01:30:00+08:00");
    }

    @Test
    void rfc1123KeepsItsCalendarDate() {
        assertThat(PublishedDates.normalize("Thu, 18 Jan 2024 08:30:00 GMT"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("2024-01-18T08:30"));
    }

    @ParameterizedTest
    @CsvSource({
        "2023年4月21日, 2023-04-21",
        "2023年04月21日, 2023-04-21",
        "2023 年 4 月 21 日, 2023-04-21",
        "2023/4/21, 2023-04-21",
        "2023.04.21, 2023-04-21",
        "2023年4月21日 来源：示例日报, 2023-04-21",
    })
    void chineseAndNumericDatesBecomeIsoDates(String written, String iso) {
        assertThat(PublishedDates.normalize(written)).contains(iso);
    }

    @Test
    void localDateTimeStaysLocal() {
        assertThat(PublishedDates.normalize("2024-08-19 10:05")).contains("2024-08-19T10:05:00");
        assertThat(PublishedDates.normalize("2024-08-19T10:05:30")).contains("2024-08-19T10:05:30");
    }

    @Test
    void fractionalSecondsAreDropped() {
        assertThat(PublishedDates.normalize("2024-08-19T10:05:30.123+08:00"))
                .contains("2024-08-19T10:05:30+08:00");
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertThat(PublishedDates.normalize("  2024-08-19\n")).contains("2024-08-19");
    }

    @ParameterizedTest
    @ValueSource(strings = {"昨天", "not a date", "2024", "12:30", "第三季度", "--"})
    void garbageIsEmpty(String garbage) {
        assertThat(PublishedDates.normalize(garbage)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void missingIsEmpty(String missing) {
        assertThat(PublishedDates.normalize(missing)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2023-02-30",
                "2023-13-01",
                "2023年4月31日",
                "2023/02/29",
                "2021-06-31T10:00:00+08:00",
                "2021-06-31 10:00:00 +0800",
                "2023-02-30 10:00",
                "2021-04-31T09:00:00Z",
            })
    void impossibleDatesAreEmpty(String impossible) {
        assertThat(PublishedDates.normalize(impossible)).isEmpty();
    }

    @Test
    void leapDayOfALeapYearIsADate() {
        assertThat(PublishedDates.normalize("2024-02-29")).contains("2024-02-29");
        assertThat(PublishedDates.normalize("2024-02-29 08:00:00 +0800"))
                .contains("2024-02-29T08:00:00+08:00");
    }

    @Test
    void yearsOutsideThePlausibleRangeAreEmpty() {
        assertThat(PublishedDates.normalize("0024年1月1日")).isEmpty();
        assertThat(PublishedDates.normalize("9999-01-01")).isEmpty();
    }
}
