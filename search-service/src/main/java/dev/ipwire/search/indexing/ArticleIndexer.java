package dev.ipwire.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.search.text.SearchSegmenter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes enriched articles to the index, idempotently: the document version is the article's {@link
 * ArticleVersion} (revision, then enrichment generation; {@code version_type=external}), so an
 * older revision never overwrites a newer one, a re-enrichment of the same revision replaces the
 * first, and a replayed record is a no-op.
 */
@Component
public class ArticleIndexer {

    private static final Logger log = LoggerFactory.getLogger(ArticleIndexer.class);

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final SearchSegmenter segmenter;
    private final JsonMapper json;

    public ArticleIndexer(
            ElasticsearchClient client,
            ArticleIndex index,
            SearchSegmenter segmenter,
            JsonMapper json) {
        this.client = client;
        this.index = index;
        this.segmenter = segmenter;
        this.json = json;
    }

    /**
     * Indexes one article; returns false when the index already holds the same or a newer version
     * (revision, then enrichment generation).
     */
    public boolean index(ArticleEnriched article) {
        Map<String, Object> document = IndexDocument.of(article, segmenter, json);
        ArticleVersion version = ArticleVersion.of(article);
        try {
            index.ensureReady();
            client.index(
                    i ->
                            i.index(ArticleIndex.ALIAS)
                                    .id(article.id())
                                    .version(version.external())
                                    .versionType(VersionType.External)
                                    .document(document));
            log.info("indexed article {} {}", article.id(), version);
            return true;
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                log.info(
                        "article {} {} not indexed: the index already holds this or a newer"
                                + " version",
                        article.id(),
                        version);
                return false;
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "indexing article " + article.id() + " failed: " + e.getMessage(), e);
        }
    }
}
