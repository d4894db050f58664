package dev.ipwire.ingest.parsing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates in the styles Chinese newsrooms and site generators write them, and
 * answers ISO-8601: a date ({@code 2024-08-19}) or a date-time with the offset as written (never
 * shifted to another zone, so the calendar date stays the one the outlet printed).
 */
public final class PublishedDates {

    /*
     * STRICT resolution (hence "uuuu", the proleptic year, rather than "yyyy", which STRICT would
     * want an era for): an impossible date such as 2021-06-31 is not a date, instead of being
     * quietly moved to 2021-06-30.
     */
    private static final List<DateTimeFormatter> WITH_OFFSET =
            List.of(
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                    new DateTimeFormatterBuilder()
                            .appendPattern("uuuu-MM-dd[ ]['T']HH:mm[:ss][.SSS][ ]")
                            .appendOffset("+HHMM", "Z")
                            .toFormatter(Locale.ROOT)
                            .withResolverStyle(ResolverStyle.STRICT),
                    new DateTimeFormatterBuilder()
                            .appendPattern("uuuu-MM-dd[ ]['T']HH:mm[:ss][.SSS][ ]")
                            .appendOffset("+HH:MM", "Z")
                            .toFormatter(Locale.ROOT)
                            .withResolverStyle(ResolverStyle.STRICT),
                    DateTimeFormatter.RFC_1123_DATE_TIME.withResolverStyle(ResolverStyle.STRICT));

    private static final DateTimeFormatter LOCAL_DATE_TIME =
            new DateTimeFormatterBuilder()
                    .appendPattern("uuuu[-][/][.]M[-][/][.]d[ ]['T']H:mm[:ss]")
                    .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
                    .toFormatter(Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern NUMERIC_DATE =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private PublishedDates() {}

    /** The ISO form of {@code text}, or empty when it is not a date this class knows. */
    public static Optional<String> normalize(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        for (DateTimeFormatter formatter : WITH_OFFSET) {
            try {
                OffsetDateTime dateTime = OffsetDateTime.parse(value, formatter);
                return inEra(dateTime.getYear())
                        .map(
                                year ->
                                        dateTime.withNano(0)
                                                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            } catch (DateTimeParseException e) {
                // try the next style
            }
        }
        try {
            ZonedDateTime zoned = ZonedDateTime.parse(value);
            return inEra(zoned.getYear())
                    .map(
                            year ->
                                    zoned.toOffsetDateTime()
                                            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException e) {
            // not a zoned date-time
        }
        try {
            LocalDateTime local = LocalDateTime.parse(value, LOCAL_DATE_TIME);
            return inEra(local.getYear())
                    .map(year -> local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        Matcher numeric = NUMERIC_DATE.matcher(value);
        if (numeric.lookingAt()) {
            return date(numeric.group(1), numeric.group(2), numeric.group(3));
        }
        return Optional.empty();
    }

    /**
     * The year when a news article can have been published in it: a year such as 20210 or
     * +999999999 is a typing error, and one the search index could not store.
     */
    private static Optional<Integer> inEra(int year) {
        return year >= 1900 && year <= 2100 ? Optional.of(year) : Optional.empty();
    }

    /** An ISO date from year, month and day digits, when they make a real date. */
    static Optional<String> date(String year, String month, String day) {
        try {
            LocalDate date =
                    LocalDate.of(
                            Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return inEra(date.getYear()).map(inEra -> date.toString());
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
