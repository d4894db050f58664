package dev.ipwire.ingest.parsing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators and oracles shared by the parsing properties. */
final class NewsText {

    /**
     * Han characters of running text that cannot form a metadata line on their own (no 记者, 来源, 编辑,
     * 审核, 版, 星期, 完…), so wrapped chunks of them are plain text to every rule.
     */
    static final String PLAIN_HAN = "知识产权保护商标专利法院理案件企业创新展市场监管部门加强工推进会议严厉打击假冒为切实维合益地标志品省城区项目技术质量服务";

    /** What TextNormalizer treats as whitespace. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]");

    private NewsText() {}

    /** The text without whitespace, by the normalizer's notion or Java's (which strip() uses). */
    static String withoutSpaces(String text) {
        StringBuilder kept = new StringBuilder();
        SPACES.matcher(text)
                .replaceAll("")
                .codePoints()
                .filter(c -> !Character.isWhitespace(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** 4–12 Han characters without punctuation. */
    static Arbitrary<String> clause() {
        return Arbitraries.strings().withChars(PLAIN_HAN).ofMinLength(4).ofMaxLength(12);
    }

    /** A headline: 6–14 plain Han characters. */
    static Arbitrary<String> headline() {
        return Arbitraries.strings().withChars(PLAIN_HAN).ofMinLength(6).ofMaxLength(14);
    }

    /** One sentence of at least {@code minLength} characters: clauses joined by ， closed by 。. */
    static Arbitrary<String> sentence(int minLength) {
        int clauses = (minLength + 4) / 5;
        return clause().list()
                .ofMinSize(clauses)
                .ofMaxSize(clauses + 8)
                .map(list -> String.join("，", list) + "。");
    }

    /** {@code text} cut into lines of {@code width} characters (the last one shorter). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < text.length(); i += width) {
            lines.add(text.substring(i, Math.min(text.length(), i + width)));
        }
        return lines;
    }

    /** A hard-wrapped article: headline and one-sentence paragraphs at a printed width. */
    record Wrapped(String headline, List<String> paragraphs, int width, boolean blankLines) {

        List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add(headline);
            for (String paragraph : paragraphs) {
                lines.addAll(wrap(paragraph, width));
            }
            if (!blankLines) {
                return lines;
            }
            List<String> spaced = new ArrayList<>();
            for (String line : lines) {
                spaced.add(line);
                spaced.add("");
            }
            return spaced;
        }

        String text() {
            return String.join("\n", lines()) + "\n";
        }
    }

    /** Newspaper columns: 10–30 characters wide, paragraphs at least three lines long. */
    static Arbitrary<Wrapped> wrapped() {
        return Arbitraries.integers()
                .between(10, 30)
                .flatMap(
                        width ->
                                Combinators.combine(
                                                headline(),
                                                sentence(3 * width)
                                                        .list()
                                                        .ofMinSize(1)
                                                        .ofMaxSize(6),
                                                Arbitraries.of(true, false))
                                        .as(
                                                (headline, paragraphs, blank) ->
                                                        new Wrapped(
                                                                headline,
                                                                paragraphs,
                                                                width,
                                                                blank)));
    }

    /** True when {@code iso} is an ISO-8601 date, local date-time or offset date-time. */
    static TemporalAccessor parseIso(String iso) {
        for (var parser :
                List.<java.util.function.Function<String, TemporalAccessor>>of(
                        OffsetDateTime::parse, LocalDateTime::parse, LocalDate::parse)) {
            try {
                return parser.apply(iso);
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        throw new AssertionError("not an ISO-8601 date or date-time: " + iso);
    }

    static int yearOf(String iso) {
        return parseIso(iso).get(ChronoField.YEAR);
    }
}
