package dev.ipwire.bench.articles;

import java.time.LocalDate;
import java.util.List;

/**
 * One synthetic news article made by {@link ArticleGenerator}.
 *
 * @param title the headline
 * @param source the outlet that "published" it
 * @param publishedAt the publication date
 * @param paragraphs the body, one paragraph an element (a dateline may open the first one)
 */
public record GeneratedArticle(
        String title, String source, LocalDate publishedAt, List<String> paragraphs) {

    public GeneratedArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * The article as plain text the ingest API parses: the title line, a blank line, then the
     * paragraphs separated by blank lines.
     */
    public String content() {
        StringBuilder text = new StringBuilder();
        text.append(title).append("\n\n");
        text.append(String.join("\n\n", paragraphs));
        return text.toString();
    }

    /** Characters (code points) of the title and the paragraphs, without separators. */
    public int characters() {
        int count = title.codePointCount(0, title.length());
        for (String paragraph : paragraphs) {
            count += paragraph.codePointCount(0, paragraph.length());
        }
        return count;
    }
}
