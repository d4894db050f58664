package dev.ipwire.search.query.trends;

import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import dev.ipwire.search.query.InvalidSearchException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The width of a trend bucket: calendar days, ISO weeks (from Monday), months, quarters or years,
 * as Elasticsearch's {@code calendar_interval} rounds them.
 */
public enum Interval {
    DAY(CalendarInterval.Day, ChronoUnit.DAYS, 1),
    WEEK(CalendarInterval.Week, ChronoUnit.WEEKS, 1),
    MONTH(CalendarInterval.Month, ChronoUnit.MONTHS, 1),
    QUARTER(CalendarInterval.Quarter, ChronoUnit.MONTHS, 3),
    YEAR(CalendarInterval.Year, ChronoUnit.YEARS, 1);

    /** The names accepted in {@code interval}, in order. */
    public static final List<String> NAMES =
            Arrays.stream(values()).map(Interval::parameterName).toList();

    private final CalendarInterval calendarInterval;
    private final ChronoUnit unit;
    private final int units;

    Interval(CalendarInterval calendarInterval, ChronoUnit unit, int units) {
        this.calendarInterval = calendarInterval;
        this.unit = unit;
        this.units = units;
    }

    /** The interval named {@code name} (any case); a 400 problem listing the names otherwise. */
    public static Interval named(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (Interval interval : values()) {
            if (interval.parameterName().equals(wanted)) {
                return interval;
            }
        }
        throw new InvalidSearchException(
                "interval \"" + name + "\" is unknown; use one of " + String.join(", ", NAMES));
    }

    /** As written in {@code interval} and in the answer. */
    public String parameterName() {
        return name().toLowerCase(Locale.ROOT);
    }

    CalendarInterval calendarInterval() {
        return calendarInterval;
    }

    /** The first day of the bucket that holds {@code date}. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> date.with(IsoFields.DAY_OF_QUARTER, 1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** How many buckets a chart from {@code from} to {@code to} (inclusive) has. */
    public long bucketsBetween(LocalDate from, LocalDate to) {
        return unit.between(start(from), start(to)) / units + 1;
    }
}
