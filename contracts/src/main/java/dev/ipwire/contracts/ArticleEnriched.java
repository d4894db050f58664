package dev.ipwire.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Instant;
import java.util.List;

/**
 * An enriched article: every field of {@link ArticleReceived} plus the {@link Enrichment}, flat.
 * The value on {@code articles.enriched}, keyed by {@link #id}.
 *
 * <p>See {@link ArticleReceived} and {@link Enrichment} for the meaning of each field; {@link
 * #enrichmentGeneration} is copied from the {@link ArticleReceived} that was enriched.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleEnriched(
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
        Entities entities,
        List<Region> regions,
        List<Topic> topics,
        String primaryTopic,
        List<String> keywords,
        String summary,
        List<Amount> amounts,
        List<String> giProducts,
        Instant enrichedAt,
        String nlpVersion,
        // absent in records written before the field existed: 0, not a failure
        @JsonSetter(nulls = Nulls.AS_EMPTY) int enrichmentGeneration) {

    public ArticleEnriched {
        paragraphs = Lists.orEmpty(paragraphs);
        tags = Lists.orEmpty(tags);
        entities = entities == null ? Entities.none() : entities;
        regions = Lists.orEmpty(regions);
        topics = Lists.orEmpty(topics);
        keywords = Lists.orEmpty(keywords);
        amounts = Lists.orEmpty(amounts);
        giProducts = Lists.orEmpty(giProducts);
        if (enrichmentGeneration < 0) {
            throw new IllegalArgumentException(
                    "enrichmentGeneration must be 0 or more, not " + enrichmentGeneration);
        }
    }

    /** A first enrichment (generation 0): the form before re-enrichment existed. */
    public ArticleEnriched(
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
            Entities entities,
            List<Region> regions,
            List<Topic> topics,
            String primaryTopic,
            List<String> keywords,
            String summary,
            List<Amount> amounts,
            List<String> giProducts,
            Instant enrichedAt,
            String nlpVersion) {
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
                entities,
                regions,
                topics,
                primaryTopic,
                keywords,
                summary,
                amounts,
                giProducts,
                enrichedAt,
                nlpVersion,
                0);
    }

    /** The article with its enrichment, at the current schema version. */
    public static ArticleEnriched of(ArticleReceived article, Enrichment enrichment) {
        return new ArticleEnriched(
                ArticleReceived.SCHEMA_VERSION,
                article.id(),
                article.revision(),
                article.receivedAt(),
                article.source(),
                article.externalId(),
                article.format(),
                article.title(),
                article.publishedAt(),
                article.author(),
                article.language(),
                article.paragraphs(),
                article.contentHash(),
                article.nearDuplicateOf(),
                article.tags(),
                article.parts(),
                enrichment.entities(),
                enrichment.regions(),
                enrichment.topics(),
                enrichment.primaryTopic(),
                enrichment.keywords(),
                enrichment.summary(),
                enrichment.amounts(),
                enrichment.giProducts(),
                enrichment.enrichedAt(),
                enrichment.nlpVersion(),
                article.enrichmentGeneration());
    }

    /** The article part alone, e.g. to re-enrich it. */
    public ArticleReceived article() {
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
                enrichmentGeneration);
    }
}
