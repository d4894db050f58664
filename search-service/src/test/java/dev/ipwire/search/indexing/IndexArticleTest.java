package dev.ipwire.search.indexing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.search.TestArticles;
import dev.ipwire.stream.failures.MalformedRecordException;
import dev.ipwire.stream.failures.TransientFailureException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** What the stream consumer refuses, and how a hook's Elasticsearch failure counts. */
class IndexArticleTest {

    private final ArticleIndexer indexer = mock(ArticleIndexer.class);

    private IndexArticle consumer(IndexingHook hook) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (hook != null) {
            beans.addBean("hook", hook);
        }
        return new IndexArticle(indexer, beans.getBeanProvider(IndexingHook.class));
    }

    private static ElasticsearchException status(int status) {
        return new ElasticsearchException(
                "index",
                ErrorResponse.of(
                        r -> r.status(status).error(ErrorCause.of(c -> c.type("t").reason("r")))));
    }

    @Test
    void anUnsupportedSchemaVersionIsMalformedAndNeverWritten() {
        ArticleEnriched future =
                TestArticles.JSON.readValue(
                        TestArticles.JSON
                                .writeValueAsString(TestArticles.article("a1").build())
                                .replace("\"schemaVersion\":1", "\"schemaVersion\":99"),
                        ArticleEnriched.class);

        assertThatThrownBy(() -> consumer(null).accept(future))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("schemaVersion 99");
        verify(indexer, never()).index(future);
    }

    @Test
    void anUnavailableElasticsearchInAHookIsTransientSoTheRecordWaits() {
        ArticleEnriched article = TestArticles.article("a2").build();
        IndexingHook unavailable =
                a -> {
                    throw status(503);
                };

        assertThatThrownBy(() -> consumer(unavailable).accept(article))
                .isInstanceOf(TransientFailureException.class);
        verify(indexer, never()).index(article);
    }

    @Test
    void aRefusalInAHookIsNotTransient() {
        ArticleEnriched article = TestArticles.article("a3").build();
        IndexingHook refusing =
                a -> {
                    throw status(400);
                };

        assertThatThrownBy(() -> consumer(refusing).accept(article))
                .isInstanceOf(ElasticsearchException.class);
    }
}
