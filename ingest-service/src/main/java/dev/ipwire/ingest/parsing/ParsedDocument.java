package dev.ipwire.ingest.parsing;

import java.util.List;

/**
 * What parsing made of a document: clean paragraphs and the metadata found in it.
 *
 * @param format detected format (text, pdf-text, markdown, html…)
 * @param title headline, never blank
 * @param paragraphs clean text, one entry per paragraph, title not repeated
 * @param publishedAt ISO date or date-time, or null
 * @param source outlet named by the document, or null
 * @param author byline, or null
 * @param language zh-Hans, zh-Hant or other
 * @param tags tags from front matter
 */
public record ParsedDocument(
        String format,
        String title,
        List<String> paragraphs,
        String publishedAt,
        String source,
        String author,
        String language,
        List<String> tags) {

    public ParsedDocument {
        paragraphs = List.copyOf(paragraphs);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
