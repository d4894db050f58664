package dev.ipwire.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** Which Elasticsearch failures the indexer tries again. */
class ArticleIndexerFailuresTest {

    private static ElasticsearchException status(int status, String type) {
        return new ElasticsearchException(
                "index",
                ErrorResponse.of(
                        r ->
                                r.status(status)
                                        .error(ErrorCause.of(c -> c.type(type).reason(type)))));
    }

    @Test
    void anUnreachableOrOverloadedElasticsearchIsWorthAnotherAttempt() {
        assertThat(ArticleIndexer.isPassing(new ConnectException("Connection refused"))).isTrue();
        assertThat(ArticleIndexer.isPassing(new UncheckedIOException(new IOException("reset"))))
                .isTrue();
        assertThat(ArticleIndexer.isPassing(status(429, "es_rejected_execution_exception")))
                .isTrue();
        assertThat(ArticleIndexer.isPassing(status(503, "unavailable_shards_exception"))).isTrue();
    }

    @Test
    void aRefusedDocumentIsNot() {
        assertThat(ArticleIndexer.isPassing(status(400, "document_parsing_exception"))).isFalse();
        assertThat(ArticleIndexer.isPassing(status(404, "index_not_found_exception"))).isFalse();
        assertThat(ArticleIndexer.isPassing(new IllegalArgumentException("bug"))).isFalse();
    }
}
