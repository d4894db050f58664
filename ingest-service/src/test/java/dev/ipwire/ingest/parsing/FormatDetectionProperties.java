package dev.ipwire.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Format detection ({@link DocumentFormat#detect}) over generated bodies. */
class FormatDetectionProperties {

    @Property(tries = 2000)
    void detectsSomeFormatForAnyText(@ForAll @StringLength(max = 400) String body) {
        assertThat(DocumentFormat.detect(body)).isNotNull();
    }

    @Property(tries = 2000)
    void trailingWhitespaceDoesNotChangeTheFormat(
            @ForAll("bodies") String body, @ForAll("whitespace") String trailing) {
        assertThat(DocumentFormat.detect(body + trailing)).isEqualTo(DocumentFormat.detect(body));
    }

    @Property(tries = 500)
    void hardWrappedColumnsArePdfTextAndTheSameParagraphsUnwrappedAreText(
            @ForAll("wrapped") NewsText.Wrapped article) {
        // Six or more wrapped lines are needed before the layout counts as evidence.
        net.jqwik.api.Assume.that(
                article.lines().stream().filter(l -> l.length() >= 6).count() >= 6);

        assertThat(DocumentFormat.detect(article.text())).isEqualTo(DocumentFormat.PDF_TEXT);
        String unwrapped =
                article.headline() + "\n\n" + String.join("\n\n", article.paragraphs()) + "\n";
        assertThat(DocumentFormat.detect(unwrapped)).isEqualTo(DocumentFormat.TEXT);
    }

    @Property(tries = 500)
    void aMarkdownHeadingOverPlainTextMakesItMarkdown(@ForAll("wrapped") NewsText.Wrapped article) {
        assertThat(DocumentFormat.detect("# " + article.headline() + "\n\n" + article.text()))
                .isEqualTo(DocumentFormat.MARKDOWN);
    }

    @Property(tries = 500)
    void hintsAreReadWhateverTheirCaseAndSpacing(
            @ForAll("hints") String hint, @ForAll("whitespace") String padding) {
        assertThat(DocumentFormat.fromHint(padding + hint.toUpperCase() + padding))
                .isEqualTo(DocumentFormat.fromHint(hint))
                .isNotNull();
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(300),
                NewsText.wrapped().map(NewsText.Wrapped::text),
                // Markdown-ish and HTML-ish lines, blank or not, in any order.
                Arbitraries.of(
                                "# 标题",
                                "## 小标题",
                                ">",
                                "> 引用",
                                "-",
                                "- 项目",
                                "1. 第一",
                                "**加粗**",
                                "---",
                                "***",
                                "<p>段落</p>",
                                "<br>",
                                "a < b > c",
                                "本报讯 知识产权保护工作推进会召开，",
                                "切实维护企业合法权益。",
                                "",
                                "   ")
                        .list()
                        .ofMaxSize(12)
                        .map(lines -> String.join("\n", lines)));
    }

    @Provide
    Arbitrary<String> whitespace() {
        return Arbitraries.strings().withChars(" \t\n\r\u3000").ofMinLength(1).ofMaxLength(6);
    }

    @Provide
    Arbitrary<String> hints() {
        return Arbitraries.of(
                "html", "htm", "markdown", "md", "pdf-text", "pdf", "docx", "text", "txt", "plain");
    }

    @Provide
    Arbitrary<NewsText.Wrapped> wrapped() {
        return NewsText.wrapped();
    }
}
