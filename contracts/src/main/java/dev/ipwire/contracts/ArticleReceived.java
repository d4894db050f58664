package dev.ipwire.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
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
 * @param enrichmentGeneration 0 for the first enrichment of this revision; a re-enrichment (replay
 *     after the NLP code or dictionaries changed) raises it, so that the newer enrichment of the
 *     same revision wins in the index while a replay of the same one stays a no-op (search-service
 *     orders index writes by revision, then by this). Absent in older records: 0
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
        Parts parts,
        // absent in records written before the field existed: 0, not a failure
        @JsonSetter(nulls = Nulls.AS_EMPTY) int enrichmentGeneration) {

    /** The schema version this code writes. */
    public static final int SCHEMA_VERSION = 1;

    public ArticleReceived {
        paragraphs = Lists.orEmpty(paragraphs);
        tags = Lists.orEmpty(tags);
        if (enrichmentGeneration < 0) {
            throw new IllegalArgumentException(
                    "enrichmentGeneration must be 0 or more, not " + enrichmentGeneration);
        }
    }

    /** A first enrichment's article (generation 0), as ingest-service writes it. */
    public ArticleReceived(
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
        this(
                schemaVersion,
                id,
                revision,
                receivedAt,
                source,
                externalId,
                format,
                title,
                publishedAt,
                author,
                language,
                paragraphs,
                contentHash,
                nearDuplicateOf,
                tags,
                parts,
                0);
    }

    /** This revision again, to be enriched as {@code generation} (a re-enrichment). */
    public ArticleReceived withEnrichmentGeneration(int generation) {
        return new ArticleReceived(
                schemaVersion,
                id,
                revision,
                receivedAt,
                source,
                externalId,
                format,
                title,
                publishedAt,
                author,
                language,
                paragraphs,
                contentHash,
                nearDuplicateOf,
                tags,
                parts,
                generation);
    }
}
