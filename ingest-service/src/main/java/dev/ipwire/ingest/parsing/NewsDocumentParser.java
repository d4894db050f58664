package dev.ipwire.ingest.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Parses the documents newsrooms send: optional YAML front matter over HTML or plain text.
 *
 * <p>The title comes from front matter, then {@code <h1>}, then {@code <title>}, then the first
 * line; the date from front matter; the outlet from front matter.
 */
@Component
public class NewsDocumentParser implements DocumentParser {

    /** Longest plausible headline; a longer first line is body text, not a title. */
    static final int MAX_TITLE_LENGTH = 120;

    @Override
    public ParsedDocument parse(RawDocument document) {
        FrontMatter frontMatter = FrontMatter.split(document.content());
        String body = frontMatter.body();
        String format;
        List<String> paragraphs;
        String title = frontMatter.text("title");
        if (HtmlText.looksLikeHtml(body)) {
            HtmlText html = HtmlText.of(body);
            format = frontMatter.isEmpty() ? "html" : "html-frontmatter";
            paragraphs = new ArrayList<>(html.blocks());
            if (title == null) {
                title = html.heading() != null ? html.heading() : html.pageTitle();
            }
        } else {
            format = frontMatter.isEmpty() ? "text" : "markdown-frontmatter";
            paragraphs = new ArrayList<>(TextParagraphs.of(body));
        }
        if (paragraphs.isEmpty() && title == null) {
            throw new UnparseableDocumentException("the document contains no text");
        }
        if (title == null || title.isBlank()) {
            title = paragraphs.getFirst();
            if (title.length() > MAX_TITLE_LENGTH) {
                title = title.substring(0, MAX_TITLE_LENGTH);
            }
        }
        title = TextNormalizer.paragraph(title);
        if (!paragraphs.isEmpty()
                && TextNormalizer.comparable(paragraphs.getFirst())
                        .equals(TextNormalizer.comparable(title))) {
            paragraphs.removeFirst();
        }
        String publishedAt =
                Optional.ofNullable(frontMatter.text("date"))
                        .flatMap(PublishedDates::normalize)
                        .orElse(null);
        String text = title + "\n" + String.join("\n", paragraphs);
        return new ParsedDocument(
                document.formatHint() != null ? document.formatHint() : format,
                title,
                paragraphs,
                publishedAt,
                frontMatter.text("source"),
                frontMatter.text("author"),
                ScriptDetector.detect(text),
                frontMatter.list("tags"));
    }
}
