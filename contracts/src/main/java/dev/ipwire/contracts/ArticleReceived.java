package dev.ipwire.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * An article as ingest-service parsed it: the value on {@code articles.raw}, keyed by {@link #id}.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} when written by this code
 * @param id stable article id (same article, same id)
 * @param revision monotonic per id; a re-sent article gets a higher one
 * @param receivedAt when ingest accepted this revision
 * @param source the outlet and where it was collected
 * @param externalId the client's own id for the article, if it gave one
 * @param format detected format: text, pdf-text, markdown, html, pdf, docx…
 * @param title headline
 * @param publishedAt ISO date or date-time; null when the document does not say
 * @param author byline, if any
 * @param language zh-Hans, zh-Hant or other
 * @param paragraphs clean text, one entry per paragraph
 * @param contentHash hash of the normalized title and body
 * @param nearDuplicateOf id of an earlier article this one republishes, if any
 * @param tags tags from front matter
 * @param parts set when the article was split out of a compilation
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleReceived(
        int schemaVersion,
        String id,
        long revision,
        Instant receivedAt,
        Source source,
        String externalId,
        String format,
        String title,
        String publishedAt,
        String author,
        String language,
        List<String> paragraphs,
        String contentHash,
        String nearDuplicateOf,
        List<String> tags,
        Parts parts) {

    /** The schema version this code writes. */
    public static final int SCHEMA_VERSION = 1;

    public ArticleReceived {
        paragraphs = Lists.orEmpty(paragraphs);
        tags = Lists.orEmpty(tags);
    }
}
