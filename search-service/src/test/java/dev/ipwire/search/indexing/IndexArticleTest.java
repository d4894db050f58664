package dev.ipwire.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.search.TestArticles;
import dev.ipwire.stream.failures.MalformedRecordException;
import dev.ipwire.stream.failures.TransientFailureException;
import java.util.ArrayList;
import java.util.List;
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
        verify(indexer, never()).indexAll(any());
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
        verify(indexer, never()).indexAll(any());
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

    /** Records what a hook saw: "before id", "after id written". */
    private static IndexingHook recording(List<String> seen) {
        return article -> {
            seen.add("before " + article.id());
            return written -> seen.add("after " + article.id() + " " + written);
        };
    }

    /** An indexer that writes everything it is given as new, and records each call's ids. */
    private void indexerWritesAll(List<List<String>> calls) {
        when(indexer.indexAll(anyList()))
                .thenAnswer(
                        call -> {
                            List<ArticleEnriched> articles = call.getArgument(0);
                            calls.add(articles.stream().map(ArticleEnriched::id).toList());
                            return new ArticleIndexer.Indexed(
                                    articles.stream().map(a -> true).toList(), null);
                        });
    }

    @Test
    void aPollIsWrittenInRunsOfDistinctIdsSoTwoVersionsOfAnArticleGoOneAfterTheOther() {
        List<List<String>> calls = new ArrayList<>();
        indexerWritesAll(calls);
        List<String> seen = new ArrayList<>();

        consumer(recording(seen))
                .acceptAll(
                        List.of(
                                TestArticles.article("p1").build(),
                                TestArticles.article("p2").build(),
                                TestArticles.article("p1").revision(2).build(),
                                TestArticles.article("p3").build()));

        assertThat(calls).containsExactly(List.of("p1", "p2"), List.of("p1", "p3"));
        assertThat(seen)
                .containsExactly(
                        "before p1",
                        "before p2",
                        "after p1 true",
                        "after p2 true",
                        "before p1",
                        "before p3",
                        "after p1 true",
                        "after p3 true");
    }

    @Test
    void aMalformedArticleStopsThePollAtItsPositionAfterTheOnesBeforeItAreIndexed() {
        List<List<String>> calls = new ArrayList<>();
        indexerWritesAll(calls);
        List<String> seen = new ArrayList<>();
        ArticleEnriched noId =
                TestArticles.JSON.readValue(
                        TestArticles.JSON
                                .writeValueAsString(TestArticles.article("x").build())
                                .replace("\"id\":\"x\"", "\"id\":\" \""),
                        ArticleEnriched.class);

        assertThatThrownBy(
                        () ->
                                consumer(recording(seen))
                                        .acceptAll(
                                                List.of(
                                                        TestArticles.article("m1").build(),
                                                        TestArticles.article("m2").build(),
                                                        noId,
                                                        TestArticles.article("m4").build())))
                .isInstanceOfSatisfying(
                        IndexArticle.StoppedAt.class,
                        stopped -> {
                            assertThat(stopped.position()).isEqualTo(2);
                            assertThat(stopped.failure())
                                    .isInstanceOf(MalformedRecordException.class);
                        });
        assertThat(calls).containsExactly(List.of("m1", "m2"));
        assertThat(seen)
                .containsExactly("before m1", "before m2", "after m1 true", "after m2 true");
    }

    @Test
    void whenTheIndexerStopsAtAnArticleOnlyTheOnesBeforeItFinishTheirHooks() {
        TransientFailureException busy = new TransientFailureException("429", null);
        when(indexer.indexAll(anyList()))
                .thenReturn(new ArticleIndexer.Indexed(List.of(true, false), busy));
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(
                        () ->
                                consumer(recording(seen))
                                        .acceptAll(
                                                List.of(
                                                        TestArticles.article("t1").build(),
                                                        TestArticles.article("t2").build(),
                                                        TestArticles.article("t3").build(),
                                                        TestArticles.article("t4").build())))
                .isInstanceOfSatisfying(
                        IndexArticle.StoppedAt.class,
                        stopped -> {
                            assertThat(stopped.position()).isEqualTo(2);
                            assertThat(stopped.failure()).isSameAs(busy);
                        });
        assertThat(seen)
                .containsExactly(
                        "before t1",
                        "before t2",
                        "before t3",
                        "before t4",
                        "after t1 true",
                        "after t2 false");
    }
}
