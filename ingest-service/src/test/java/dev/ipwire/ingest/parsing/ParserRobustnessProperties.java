package dev.ipwire.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.ingest.documents.ReadDocument;
import dev.ipwire.ingest.documents.UnreadableDocumentException;
import dev.ipwire.ingest.documents.UploadedDocumentReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever arrives, reading and parsing either give articles that keep the parser's promises or
 * throw the one documented exception with a message saying what to send instead.
 */
class ParserRobustnessProperties {

    private final NewsDocumentParser parser = new NewsDocumentParser();
    private final UploadedDocumentReader reader = new UploadedDocumentReader();

    @Property(tries = 1500)
    void anyTextParsesIntoArticlesOrIsRefusedWithAReason(
            @ForAll("documents") String text, @ForAll("hints") String hint) {
        List<ParsedDocument> articles;
        try {
            articles = parser.parseArticles(new RawDocument(text, hint, null));
        } catch (UnparseableDocumentException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertThat(articles).isNotEmpty();
        for (ParsedDocument article : articles) {
            assertThat(article.title()).as("title").isNotBlank();
            assertThat(article.paragraphs()).as("paragraphs").noneMatch(String::isBlank);
            assertThat(article.format()).isNotBlank();
            assertThat(article.language()).isIn("zh-Hans", "zh-Hant", "other");
            if (article.publishedAt() != null) {
                assertThat(NewsText.yearOf(article.publishedAt())).isBetween(1900, 2100);
            }
        }
    }

    /** Found by the property above: a page title of separators only, and a blank hint. */
    @Example
    void aPageTitleOfSeparatorsOnlyOrABlankHintStillGivesATitleAndAFormat() {
        ParsedDocument separatorTitle =
                parser.parse(new RawDocument("<title>_</title><p>正文一段。</p>", "html", null));
        ParsedDocument siteOnly =
                parser.parse(
                        new RawDocument(
                                "<title> | 人民网</title><p>保护知识产权。</p><p>第二段。</p>", null, null));
        ParsedDocument blankHint = parser.parse(new RawDocument("标题\n正文一段。", " ", null));

        assertThat(separatorTitle.title()).isNotBlank();
        assertThat(siteOnly.title()).isNotBlank();
        assertThat(blankHint.format()).isEqualTo("text");
    }

    @Property(tries = 1000)
    void anyUploadIsReadOrRefusedWithAReason(
            @ForAll("uploads") byte[] bytes,
            @ForAll("fileNames") String fileName,
            @ForAll("contentTypes") String contentType) {
        ReadDocument document;
        try {
            document = reader.read(bytes, fileName, contentType);
        } catch (UnreadableDocumentException e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.reason()).isNotNull();
            return;
        }
        assertThat(document.content()).isNotNull();
    }

    @Provide
    Arbitrary<String> hints() {
        return Arbitraries.of(
                        "html",
                        "markdown",
                        "md",
                        "pdf-text",
                        "pdf",
                        "docx",
                        "text",
                        "plain",
                        "",
                        " HTML ",
                        "markdown-frontmatter",
                        "xml",
                        "\u0000")
                .injectNull(0.4);
    }

    /** Arbitrary strings and documents assembled from the pieces real ones are made of. */
    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> piece =
                Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.strings().ofMaxLength(60)),
                        Tuple.of(
                                4,
                                Arbitraries.strings()
                                        .withChars(NewsText.PLAIN_HAN + "，。！？“”（）： \n")
                                        .ofMaxLength(80)),
                        Tuple.of(
                                5,
                                Arbitraries.of(
                                        "---\n",
                                        "---\ntitle: 标题\ndate: 2024-02-30\n---\n",
                                        "---\ntitle: \"\"\nsource: \n---\n",
                                        "---\n: :\n---\n",
                                        "---\n[a, b\n---\n",
                                        "# ",
                                        "# 标题\n",
                                        "> ",
                                        "<html><head><title>",
                                        "</title></head><body>",
                                        "<title> | 人民网</title>",
                                        "<title>_</title>",
                                        "<h1>",
                                        "</h1>",
                                        "<h1> </h1>",
                                        "<p>",
                                        "</p>",
                                        "<script>x</script>",
                                        "<div class=\"share\">",
                                        "本报记者 张三\n",
                                        "来源：中国知识产权报\n",
                                        "2024年9月26日 星期四 第3版\n",
                                        "9月26日电 ",
                                        "第 2 版\n",
                                        "目录\n",
                                        "（来源：求是，2021-02-08）\n",
                                        "（完）\n",
                                        "\n\n",
                                        "\r\n",
                                        "\u3000",
                                        "\uFEFF",
                                        "\u0000",
                                        "\uD800")));
        return piece.list().ofMaxSize(25).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<byte[]> uploads() {
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
        Arbitrary<byte[]> prefix =
                Arbitraries.of("%PDF-1.7\n", "PK\u0003\u0004", "\uFEFF", "", "<html>", "---\n")
                        .map(s -> s.getBytes(StandardCharsets.ISO_8859_1));
        Arbitrary<byte[]> text =
                Arbitraries.strings()
                        .withChars(NewsText.PLAIN_HAN + "，。\n")
                        .ofMaxLength(300)
                        .flatMap(
                                s ->
                                        Arbitraries.of("UTF-8", "GB18030", "Big5", "UTF-16LE")
                                                .map(
                                                        cs ->
                                                                s.getBytes(
                                                                        java.nio.charset.Charset
                                                                                .forName(cs))));
        return net.jqwik.api.Combinators.combine(prefix, Arbitraries.oneOf(noise, text))
                .as(
                        (head, body) -> {
                            byte[] all = new byte[head.length + body.length];
                            System.arraycopy(head, 0, all, 0, head.length);
                            System.arraycopy(body, 0, all, head.length, body.length);
                            return all;
                        });
    }

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.of(
                        "a.txt", "a.md", "a.html", "a.pdf", "a.docx", "a", "a.exe", "..", "报道.txt",
                        "a.PDF")
                .injectNull(0.2);
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of(
                        "text/plain",
                        "text/plain; charset=utf-8",
                        "text/plain; charset=nonsense",
                        "text/html",
                        "text/markdown",
                        "application/pdf",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "application/octet-stream",
                        "image/png",
                        ";;;")
                .injectNull(0.2);
    }
}
