package dev.ipwire.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Metadata extraction: publication dates, front matter, date and source lines. */
class MetadataExtractionProperties {

    private final NewsDocumentParser parser = new NewsDocumentParser();

    @Property(tries = 3000)
    void aPublicationDateIsAValidIsoDateOfThisEraOrAbsent(@ForAll("dateLike") String text) {
        Optional<String> date = PublishedDates.normalize(text);

        date.ifPresent(iso -> assertThat(NewsText.yearOf(iso)).isBetween(1900, 2100));
    }

    @Example
    void yearsOutsideThisEraAreNoPublicationDates() {
        assertThat(PublishedDates.normalize("+999999999-12-31T23:59:59Z")).isEmpty();
        assertThat(PublishedDates.normalize("20210-06-30 09:12")).isEmpty();
        assertThat(PublishedDates.normalize("0001-01-01T00:00:00+08:00")).isEmpty();
        assertThat(PublishedDates.normalize("Mon, 1 Jan 1800 00:00:00 GMT")).isEmpty();
        assertThat(PublishedDates.normalize("2999-01-01T00:00:00+08:00[Asia/Shanghai]")).isEmpty();
    }

    @Property(tries = 3000)
    void normalizingADateAgainChangesNothing(@ForAll("dateLike") String text) {
        PublishedDates.normalize(text)
                .ifPresent(iso -> assertThat(PublishedDates.normalize(iso)).contains(iso));
    }

    @Property(tries = 1000)
    void everyWayNewsroomsWriteADateReadsAsThatDate(
            @ForAll("dates") LocalDate date, @ForAll @IntRange(max = 4) int style) {
        int y = date.getYear(), m = date.getMonthValue(), d = date.getDayOfMonth();
        String written =
                switch (style) {
                    case 0 -> "%d年%d月%d日".formatted(y, m, d);
                    case 1 -> "%d-%02d-%02d".formatted(y, m, d);
                    case 2 -> "%d/%d/%d".formatted(y, m, d);
                    case 3 -> "%d.%02d.%02d".formatted(y, m, d);
                    default -> "%d 年 %d 月 %d 日".formatted(y, m, d);
                };

        assertThat(PublishedDates.normalize(written)).contains(date.toString());
        assertThat(HeaderMetadata.firstDate("中国知识产权报 " + written + " 星期一"))
                .contains(date.toString());
    }

    @Property(tries = 1000)
    void dateTimesKeepTheirWrittenOffset(
            @ForAll("dates") LocalDate date,
            @ForAll @IntRange(max = 23) int hour,
            @ForAll @IntRange(max = 59) int minute,
            @ForAll @IntRange(min = -12, max = 14) int offsetHours) {
        LocalDateTime local = date.atTime(hour, minute);
        ZoneOffset offset = ZoneOffset.ofHours(offsetHours);
        String written =
                "%s %02d:%02d:00 %s"
                        .formatted(
                                date,
                                hour,
                                minute,
                                offset.getId().replace(":", "").replace("Z", "+0000"));

        String iso = PublishedDates.normalize(written).orElseThrow();

        assertThat(java.time.OffsetDateTime.parse(iso))
                .isEqualTo(java.time.OffsetDateTime.of(local, offset));
    }

    @Property(tries = 1000)
    void impossibleDaysAreNoDates(
            @ForAll("dates") LocalDate month, @ForAll @IntRange(min = 1, max = 9) int past) {
        int day = month.lengthOfMonth() + past;

        assertThat(
                        PublishedDates.normalize(
                                "%d年%d月%d日".formatted(month.getYear(), month.getMonthValue(), day)))
                .isEmpty();
        assertThat(
                        HeaderMetadata.firstDate(
                                "%d-%02d-%02d"
                                        .formatted(month.getYear(), month.getMonthValue(), day)))
                .isEmpty();
    }

    @Property(tries = 1000)
    void aDateInAnyLineIsValidOrAbsent(@ForAll("dateLike") String line) {
        HeaderMetadata.firstDate(line)
                .ifPresent(iso -> assertThat(NewsText.yearOf(iso)).isBetween(1900, 2100));
    }

    @Property(tries = 1000)
    void frontMatterComesBackAsWritten(
            @ForAll("frontMatterFields") Map<String, String> fields,
            @ForAll("bodies") String body) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        String yaml = new Yaml(options).dump(fields);

        FrontMatter frontMatter = FrontMatter.split("---\n" + yaml + "---\n" + body);

        assertThat(frontMatter.body()).isEqualTo(body);
        fields.forEach(
                (key, value) ->
                        assertThat(frontMatter.text(key))
                                .as(key)
                                .isEqualTo(value.isBlank() ? null : value.trim()));
    }

    @Property(tries = 2000)
    void textWithoutFrontMatterIsLeftAlone(@ForAll("bodies") String body) {
        net.jqwik.api.Assume.that(!body.stripLeading().startsWith("---"));

        FrontMatter frontMatter = FrontMatter.split(body);

        assertThat(frontMatter.isEmpty()).isTrue();
        assertThat(frontMatter.body()).isEqualTo(body);
    }

    @Property(tries = 300)
    void aFrontMatterDateIsTheArticlesDateWhateverTheBodySays(
            @ForAll("dates") LocalDate date, @ForAll("wrapped") NewsText.Wrapped article) {
        String document =
                "---\ntitle: %s\ndate: %s\n---\n2001年1月1日 星期一 第3版\n%s"
                        .formatted(article.headline(), date, article.text());

        ParsedDocument parsed = parser.parse(new RawDocument(document, null, null));

        assertThat(parsed.title()).isEqualTo(article.headline());
        assertThat(parsed.publishedAt()).isEqualTo(date.toString());
    }

    @Property(tries = 300)
    void aSourceLineNamesTheOutletAndItsDate(
            @ForAll("dates") LocalDate date,
            @ForAll("outlets") String outlet,
            @ForAll("wrapped") NewsText.Wrapped article) {
        String document =
                "%s\n来源：%s  发布时间：%s\n%s"
                        .formatted(
                                article.headline(),
                                outlet,
                                date,
                                String.join("\n", article.paragraphs()));

        ParsedDocument parsed = parser.parse(new RawDocument(document, null, null));

        assertThat(parsed.title()).isEqualTo(article.headline());
        assertThat(parsed.source()).isEqualTo(outlet);
        assertThat(parsed.publishedAt()).isEqualTo(date.toString());
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31));
    }

    @Provide
    Arbitrary<String> outlets() {
        return Arbitraries.of("中国知识产权报", "人民日报", "宁波日报", "新华网", "法治日报");
    }

    @Provide
    Arbitrary<NewsText.Wrapped> wrapped() {
        return NewsText.wrapped();
    }

    /** Arbitrary text, and text assembled from the parts dates are written with. */
    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> part =
                Arbitraries.oneOf(
                        Arbitraries.integers().between(-5, 99_999).map(String::valueOf),
                        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12),
                        Arbitraries.of(
                                "-",
                                "/",
                                ".",
                                ":",
                                " ",
                                "T",
                                "Z",
                                "+",
                                "年",
                                "月",
                                "日",
                                "星期一",
                                "+0800",
                                "+08:00",
                                "-13:00",
                                "+18:00",
                                "[Asia/Shanghai]",
                                "GMT",
                                "Mon, ",
                                " Jan ",
                                ".123",
                                "+999999999",
                                "-999999999"));
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(60),
                part.list().ofMaxSize(12).map(parts -> String.join("", parts)));
    }

    @Provide
    Arbitrary<Map<String, String>> frontMatterFields() {
        Arbitrary<String> key =
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> value =
                Arbitraries.strings()
                        .withCharRange(' ', '~')
                        .withChars(NewsText.PLAIN_HAN + "：，。“”")
                        .ofMaxLength(40);
        return Arbitraries.maps(key, value).ofMaxSize(6).map(LinkedHashMap::new);
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                NewsText.wrapped().map(NewsText.Wrapped::text),
                Arbitraries.of("--- \n", "---\n---\n", "\n---\nx: y\n---\n", "# 标题\n---\n正文"));
    }
}
