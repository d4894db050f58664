package dev.ipwire.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.search.TestArticles;
import dev.ipwire.stream.failures.FailureClassifier;
import dev.ipwire.stream.failures.FailureKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** How the stream consumer reads a poll and says where it stopped. */
class IndexArticlesTest {

    private final IndexArticle indexArticle = mock(IndexArticle.class);
    private final IndexArticles consumer = new IndexArticles(indexArticle, TestArticles.JSON);

    private static byte[] json(ArticleEnriched article) {
        return TestArticles.JSON.writeValueAsBytes(article);
    }

    private static Message<List<byte[]>> poll(List<byte[]> values, List<Long> offsets) {
        List<Map<String, Object>> headers = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            headers.add(
                    Map.of(
                            IndexArticles.TRACE_HEADER,
                            ("trace-" + i).getBytes(StandardCharsets.UTF_8)));
            keys.add(("key-" + i).getBytes(StandardCharsets.UTF_8));
        }
        return MessageBuilder.withPayload(values)
                .setHeader(KafkaHeaders.OFFSET, offsets)
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, headers)
                .setHeader(KafkaHeaders.RECEIVED_KEY, keys)
                .build();
    }

    @SuppressWarnings("unchecked")
    @Test
    void aValueThatIsNotAnArticleStopsThePollThereAfterTheArticlesBeforeIt() {
        ArticleEnriched first = TestArticles.article("c1").build();
        ArticleEnriched second = TestArticles.article("c2").build();
        List<byte[]> values =
                List.of(
                        json(first),
                        json(second),
                        "不是JSON {{{".getBytes(StandardCharsets.UTF_8),
                        json(TestArticles.article("c4").build()));

        assertThatThrownBy(() -> consumer.accept(poll(values, List.of(10L, 11L, 12L, 13L))))
                .isInstanceOfSatisfying(
                        BatchListenerFailedException.class,
                        failed -> {
                            assertThat(failed.getIndex()).isEqualTo(2);
                            assertThat(FailureClassifier.kind(failed))
                                    .isEqualTo(FailureKind.MALFORMED);
                        });

        ArgumentCaptor<List<ArticleEnriched>> articles = ArgumentCaptor.forClass(List.class);
        ArgumentCaptor<List<Map<String, String>>> context = ArgumentCaptor.forClass(List.class);
        verify(indexArticle).acceptAll(articles.capture(), context.capture());
        assertThat(articles.getValue()).extracting(ArticleEnriched::id).containsExactly("c1", "c2");
        assertThat(context.getValue().get(1))
                .containsEntry(IndexArticles.MDC_TRACE, "trace-1")
                .containsEntry(IndexArticles.MDC_ARTICLE, "key-1");
    }

    @Test
    void whereIndexingStoppedBecomesThePositionTheContainerSeeks() {
        org.mockito.Mockito.doThrow(
                        new IndexArticle.StoppedAt(
                                1,
                                new dev.ipwire.stream.failures.TransientFailureException(
                                        "Elasticsearch is busy", null)))
                .when(indexArticle)
                .acceptAll(anyList(), anyList());
        List<byte[]> values =
                List.of(
                        json(TestArticles.article("s1").build()),
                        json(TestArticles.article("s2").build()));

        assertThatThrownBy(() -> consumer.accept(poll(values, List.of(1L, 2L))))
                .isInstanceOfSatisfying(
                        BatchListenerFailedException.class,
                        failed -> {
                            assertThat(failed.getIndex()).isEqualTo(1);
                            assertThat(FailureClassifier.kind(failed))
                                    .isEqualTo(FailureKind.TRANSIENT);
                        });
    }

    @Test
    void aPollWithFewerValuesThanRecordsIsNeverCommitted() {
        List<byte[]> values = List.of(json(TestArticles.article("l1").build()));

        assertThatThrownBy(() -> consumer.accept(poll(values, List.of(1L, 2L))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("application/octet-stream");
        verify(indexArticle, never()).acceptAll(anyList(), anyList());
    }
}
