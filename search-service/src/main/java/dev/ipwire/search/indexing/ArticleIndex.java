package dev.ipwire.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The articles index: template {@code ipwire-articles} for {@code articles-v*}, the first index
 * {@code articles-v1}, and the alias {@code articles} that every read and write goes through (so a
 * rebuilt index can be swapped in atomically).
 */
@Component
public class ArticleIndex {

    public static final String ALIAS = "articles";
    static final String TEMPLATE = "ipwire-articles";
    static final String FIRST_INDEX = "articles-v1";

    private static final Logger log = LoggerFactory.getLogger(ArticleIndex.class);

    /** How long an answer of {@link #hasBigramFields()} is kept. */
    static final long BIGRAM_CHECK_NANOS = 60_000_000_000L;

    private final ElasticsearchClient client;
    private volatile boolean ready;
    private volatile boolean bigrams;
    private volatile long bigramsCheckedAt = System.nanoTime() - BIGRAM_CHECK_NANOS;

    public ArticleIndex(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * Creates the template, the first index and the alias when missing; a no-op once done.
     *
     * @throws IOException when Elasticsearch cannot be reached
     */
    public synchronized void ensureReady() throws IOException {
        if (ready) {
            return;
        }
        try (InputStream template =
                ArticleIndex.class.getResourceAsStream("/ipwire/search/articles-template.json")) {
            client.indices().putIndexTemplate(t -> t.name(TEMPLATE).withJson(template));
        }
        if (!client.indices().existsAlias(a -> a.name(ALIAS)).value()) {
            try {
                client.indices()
                        .create(
                                c ->
                                        c.index(FIRST_INDEX)
                                                .aliases(ALIAS, a -> a.isWriteIndex(true)));
                log.info("created index {} behind alias {}", FIRST_INDEX, ALIAS);
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
        ready = true;
    }

    /**
     * Whether the index behind the alias has the {@code title_chars.bigrams} and {@code
     * body_chars.bigrams} sub-fields. An index created from an older template does not; searches
     * then match phrases on the character fields alone (slower, same articles) until {@code
     * ./ipwire reindex} rebuilds it from the current template. Checked at most once a minute.
     */
    public boolean hasBigramFields() {
        long now = System.nanoTime();
        if (now - bigramsCheckedAt < BIGRAM_CHECK_NANOS) {
            return bigrams;
        }
        synchronized (this) {
            if (now - bigramsCheckedAt < BIGRAM_CHECK_NANOS) {
                return bigrams;
            }
            try {
                var mappings =
                        client.indices()
                                .getFieldMapping(
                                        f ->
                                                f.index(ALIAS)
                                                        .fields(
                                                                "title_chars.bigrams",
                                                                "body_chars.bigrams"))
                                .fieldMappings();
                bigrams =
                        !mappings.isEmpty()
                                && mappings.values().stream()
                                        .allMatch(
                                                index ->
                                                        index.mappings()
                                                                        .containsKey(
                                                                                "title_chars.bigrams")
                                                                && index.mappings()
                                                                        .containsKey(
                                                                                "body_chars.bigrams"));
                bigramsCheckedAt = now;
            } catch (IOException | ElasticsearchException e) {
                // unknown: match on the character fields, and ask again with the next search
                bigrams = false;
            }
            return bigrams;
        }
    }

    /** Like {@link #ensureReady()}, for callers that cannot handle checked exceptions. */
    public void ensureReadyUnchecked() {
        try {
            ensureReady();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable: " + e.getMessage(), e);
        }
    }
}
