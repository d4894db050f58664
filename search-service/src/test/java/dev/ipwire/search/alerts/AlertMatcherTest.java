package dev.ipwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.ipwire.search.query.ArticleMatch;
import dev.ipwire.search.query.SavedSearchMatcher;
import dev.ipwire.search.query.SearchRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One round of matching, with Elasticsearch's parts replaced by mocks: what is asked, what is
 * written, and in which order (deliveries before the ledger is marked done, so a failure in between
 * leaves the articles pending for recovery).
 */
class AlertMatcherTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AlertRegistry registry = mock(AlertRegistry.class);
    private final SavedSearchMatcher searches = mock(SavedSearchMatcher.class);
    private final ArticleChecks checks = mock(ArticleChecks.class);
    private final WebhookDispatcher dispatcher = mock(WebhookDispatcher.class);
    private final AlertMatcher matcher =
            new AlertMatcher(
                    registry,
                    searches,
                    checks,
                    dispatcher,
                    JSON,
                    new AlertProperties(
                            "test-",
                            100,
                            Duration.ofSeconds(10),
                            new AlertProperties.Matching(
                                    100,
                                    50,
                                    1,
                                    Duration.ofMillis(1),
                                    Duration.ofMillis(1),
                                    Duration.ofMinutes(1)),
                            AlertFixtures.delivery(
                                    3, Duration.ofSeconds(1), Duration.ofSeconds(4))));

    private static Alert alert(String id, String q) {
        return new Alert(
                id,
                null,
                q,
                AlertFilters.NONE,
                "https://example.org/" + id,
                "secret-0123456789abcdef",
                Instant.now());
    }

    private static ArticleMatch.MatchedArticle article(String id, long revision) {
        return new ArticleMatch.MatchedArticle(
                id, revision, "云雾茶获批国家地理标志", "2023-04-10", "山城晚报", null, null);
    }

    @Test
    void withoutAlertsTheRevisionsAreMarkedDoneWithoutSearching() throws Exception {
        when(registry.current()).thenReturn(List.of());

        matcher.matchOnce(Map.of("art-1", 2L));

        verifyNoInteractions(searches, dispatcher);
        verify(checks).markDone(Map.of("art-1", 2L));
    }

    @Test
    void everyAlertIsSearchedAsItsSearchAndEachMatchBecomesADeliveryBeforeTheRevisionsAreDone()
            throws Exception {
        Alert tea = alert("a-tea", "云雾茶");
        Alert loan = alert("a-loan", "质押融资");
        when(registry.current()).thenReturn(List.of(tea, loan));
        Map<String, Long> revisions = Map.of("art-1", 2L, "art-2", 1L);
        when(searches.matches(anyMap(), any(), anyInt()))
                .thenReturn(List.of(new ArticleMatch("a-tea", article("art-1", 2))));

        matcher.matchOnce(revisions);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, SearchRequest>> asked = ArgumentCaptor.forClass(Map.class);
        verify(searches).matches(asked.capture(), any(), anyInt());
        assertThat(asked.getValue()).containsOnlyKeys("a-tea", "a-loan");
        assertThat(asked.getValue().get("a-tea")).isEqualTo(tea.search());
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<DeliveryOutbox.NewDelivery>> written =
                ArgumentCaptor.forClass(List.class);
        InOrder order = inOrder(searches, dispatcher, checks);
        order.verify(searches).matches(any(), any(), anyInt());
        order.verify(dispatcher).deliverNew(written.capture());
        order.verify(checks).markDone(revisions);
        DeliveryOutbox.NewDelivery delivery = written.getValue().get(0);
        assertThat(written.getValue()).hasSize(1);
        assertThat(delivery.alertId()).isEqualTo("a-tea");
        assertThat(delivery.articleId()).isEqualTo("art-1");
        assertThat(delivery.revision()).isEqualTo(2);
        assertThat(delivery.id()).isEqualTo(Delivery.idOf("a-tea", "art-1", 2));
        JsonNode payload = JSON.readTree(delivery.payload());
        assertThat(payload.path("alertId").asString()).isEqualTo("a-tea");
        assertThat(payload.path("article").path("title").asString()).isEqualTo("云雾茶获批国家地理标志");
    }

    @Test
    void aFailureToWriteTheDeliveriesLeavesTheRevisionsPending() throws Exception {
        when(registry.current()).thenReturn(List.of(alert("a-tea", "云雾茶")));
        when(searches.matches(anyMap(), any(), anyInt()))
                .thenReturn(List.of(new ArticleMatch("a-tea", article("art-1", 2))));
        when(dispatcher.deliverNew(any())).thenThrow(new IOException("Elasticsearch is down"));

        assertThatThrownBy(() -> matcher.matchOnce(Map.of("art-1", 2L)))
                .isInstanceOf(IOException.class);

        verify(checks, never()).markDone(any());
    }

    @Test
    void alertsThatCannotBeReadAreNotTakenForNone() throws Exception {
        when(registry.current()).thenThrow(new IOException("Elasticsearch is down"));

        assertThatThrownBy(() -> matcher.matchOnce(Map.of("art-1", 2L)))
                .isInstanceOf(IOException.class);

        verify(checks, never()).markDone(any());
    }
}
