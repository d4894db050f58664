package dev.ipwire.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.ipwire.ingest.intake.AcceptedArticle;
import dev.ipwire.ingest.intake.ArticleIntake;
import dev.ipwire.ingest.intake.IntakeResult;
import dev.ipwire.ingest.publishing.BrokerUnavailableException;
import dev.ipwire.ingest.publishing.FeedRegistrationLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Registrations: validation, storage in the registration log, read back at start-up. */
class FeedServiceTest {

    private static final Instant NOW = Instant.parse("2024-08-16T02:00:00Z");

    private final ArticleIntake intake = mock(ArticleIntake.class);
    private final FeedRegistrationLog log = mock(FeedRegistrationLog.class);
    private final JsonMapper json = JsonMapper.builder().build();
    private FeedServer server;
    private FeedService service;

    @BeforeEach
    void start() {
        server = FeedServer.start();
        server.serve(FeedPollerTest.rss("1"), "\"e\"", null);
        given(intake.accept(any()))
                .willReturn(
                        new IntakeResult(null, List.of(new AcceptedArticle("a", 1, "t", null))));
        given(log.readAll(any())).willReturn(Map.of());
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.stop();
        }
        server.close();
    }

    private static FeedProperties properties(
            boolean enabled, List<FeedProperties.ConfiguredFeed> feeds) {
        return new FeedProperties(
                enabled,
                feeds,
                Duration.ofMinutes(5),
                Duration.ofSeconds(30),
                Duration.ofSeconds(5),
                DataSize.ofMegabytes(5),
                100,
                1000,
                ZoneId.of("Asia/Shanghai"));
    }

    private FeedService started(FeedProperties properties) {
        service = new FeedService(properties, intake, log, json, Clock.fixed(NOW, ZoneOffset.UTC));
        service.start();
        return service;
    }

    private FeedService started() {
        return started(properties(true, List.of()));
    }

    private static FeedRequestException.Reason reason(Throwable error) {
        return ((FeedRequestException) error).reason();
    }

    @Test
    void aRegistrationIsStoredPolledAtOnceAndListed() {
        FeedService feeds = started();
        String url = server.url("/rss.xml").toString();

        FeedSummary feed = feeds.register(url, " 示例报社 ", "10m");

        assertThat(feed.id()).matches("[0-9a-f]{16}");
        assertThat(feed.url()).isEqualTo(url);
        assertThat(feed.name()).isEqualTo("示例报社");
        assertThat(feed.interval()).isEqualTo("PT10M");
        assertThat(feed.origin()).isEqualTo("registered");
        assertThat(feed.registeredAt()).isEqualTo(NOW.toString());
        assertThat(feed.lastStatus()).isEqualTo("pending");

        ArgumentCaptor<String> stored = ArgumentCaptor.forClass(String.class);
        verify(log).put(eq(feed.id()), stored.capture());
        JsonNode value = json.readTree(stored.getValue());
        assertThat(value.get("id").asString()).isEqualTo(feed.id());
        assertThat(value.get("url").asString()).isEqualTo(url);
        assertThat(value.get("name").asString()).isEqualTo("示例报社");
        assertThat(value.get("interval").asString()).isEqualTo("PT10M");

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(feeds.find(feed.id()).lastStatus()).isEqualTo("ok"));
        assertThat(feeds.list()).extracting(FeedSummary::id).containsExactly(feed.id());
        assertThat(feeds.find(feed.id()).itemsAccepted()).isEqualTo(1);
        assertThat(feeds.find(feed.id()).title()).isEqualTo("示例知识产权快讯");
    }

    @Test
    void withoutIntervalTheDefaultApplies() {
        assertThat(started().register(server.url("/a.xml").toString(), null, null).interval())
                .isEqualTo("PT5M");
    }

    @Test
    void aNumberIntervalIsSeconds() {
        assertThat(started().register(server.url("/a.xml").toString(), null, "90").interval())
                .isEqualTo("PT1M30S");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://127.0.0.1/rss.xml",
                "file:///etc/passwd",
                "/relative/rss.xml",
                "rss.xml",
                "http://",
                "http://127.0.0.1/a b.xml",
                "javascript:alert(1)",
                "   "
            })
    void onlyAbsoluteHttpAndHttpsUrlsAreAccepted(String url) {
        FeedService feeds = started();

        assertThatThrownBy(() -> feeds.register(url, null, null))
                .isInstanceOf(FeedRequestException.class)
                .satisfies(
                        e -> assertThat(reason(e)).isEqualTo(FeedRequestException.Reason.INVALID))
                .hasMessageContaining("url")
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
        verify(log, never()).put(anyString(), anyString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "10 minutes", "5s", "-5m", "8d"})
    void anIntervalThatIsNoDurationOrOutOfBoundsIsRefused(String interval) {
        FeedService feeds = started();

        assertThatThrownBy(() -> feeds.register(server.url("/i.xml").toString(), null, interval))
                .isInstanceOf(FeedRequestException.class)
                .hasMessageContaining("interval")
                .satisfies(
                        e -> assertThat(reason(e)).isEqualTo(FeedRequestException.Reason.INVALID));
    }

    @Test
    void theSameUrlTwiceIsAConflict() {
        FeedService feeds = started();
        String url = server.url("/dup.xml").toString();
        FeedSummary first = feeds.register(url, null, null);

        assertThatThrownBy(() -> feeds.register(url + "#top", "别名", null))
                .isInstanceOf(FeedRequestException.class)
                .hasMessageContaining(first.id())
                .satisfies(
                        e -> assertThat(reason(e)).isEqualTo(FeedRequestException.Reason.CONFLICT));
    }

    @Test
    void deletingWritesATombstoneAndStopsListingTheFeed() {
        FeedService feeds = started();
        FeedSummary feed = feeds.register(server.url("/del.xml").toString(), null, null);

        feeds.delete(feed.id());

        verify(log).delete(feed.id());
        assertThat(feeds.list()).isEmpty();
        assertThatThrownBy(() -> feeds.find(feed.id()))
                .satisfies(
                        e -> assertThat(reason(e)).isEqualTo(FeedRequestException.Reason.UNKNOWN));
    }

    @Test
    void anUnknownIdIsReported() {
        FeedService feeds = started();

        assertThatThrownBy(() -> feeds.delete("0000000000000000"))
                .isInstanceOf(FeedRequestException.class)
                .hasMessageContaining("0000000000000000")
                .satisfies(
                        e -> assertThat(reason(e)).isEqualTo(FeedRequestException.Reason.UNKNOWN));
    }

    @Test
    void configuredFeedsAreListedFirstAndCannotBeDeletedOrRegisteredAgain() {
        String url = server.url("/configured.xml").toString();
        FeedService feeds =
                started(
                        properties(
                                true,
                                List.of(
                                        new FeedProperties.ConfiguredFeed(
                                                url, "配置报社", Duration.ofMinutes(2)))));
        FeedSummary registered = feeds.register(server.url("/other.xml").toString(), null, null);

        List<FeedSummary> list = feeds.list();

        assertThat(list)
                .extracting(FeedSummary::origin)
                .containsExactly("configured", "registered");
        FeedSummary configured = list.getFirst();
        assertThat(configured.url()).isEqualTo(url);
        assertThat(configured.name()).isEqualTo("配置报社");
        assertThat(configured.interval()).isEqualTo("PT2M");
        assertThat(configured.registeredAt()).isNull();
        assertThat(list.get(1).id()).isEqualTo(registered.id());
        assertThatThrownBy(() -> feeds.delete(configured.id()))
                .satisfies(
                        e -> assertThat(reason(e)).isEqualTo(FeedRequestException.Reason.CONFLICT));
        assertThatThrownBy(() -> feeds.register(url, null, null))
                .satisfies(
                        e -> assertThat(reason(e)).isEqualTo(FeedRequestException.Reason.CONFLICT));
    }

    @Test
    void registrationsStoredEarlierAreLoadedAtStartUp() {
        String url = server.url("/stored.xml").toString();
        String id = FeedUrls.id(FeedUrls.validate(url));
        Map<String, String> stored = new LinkedHashMap<>();
        stored.put(
                id,
                "{\"id\":\""
                        + id
                        + "\",\"url\":\""
                        + url
                        + "\",\"name\":\"存档报社\",\"interval\":\"PT7M\","
                        + "\"registeredAt\":\"2024-08-01T00:00:00Z\"}");
        stored.put("broken", "{not json");
        given(log.readAll(any())).willReturn(stored);

        FeedService feeds = started();

        assertThat(feeds.registrationsLoaded()).isTrue();
        assertThat(feeds.list()).hasSize(1);
        FeedSummary feed = feeds.find(id);
        assertThat(feed.name()).isEqualTo("存档报社");
        assertThat(feed.interval()).isEqualTo("PT7M");
        assertThat(feed.registeredAt()).isEqualTo("2024-08-01T00:00:00Z");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(server.requests()).isNotEmpty());
    }

    @Test
    void whenTheRegistrationsCannotBeLoadedChangesAreRefusedAsUnavailable() {
        given(log.readAll(any())).willThrow(new BrokerUnavailableException("down", null));
        FeedService feeds = started();

        assertThat(feeds.registrationsLoaded()).isFalse();
        assertThatThrownBy(() -> feeds.register(server.url("/x.xml").toString(), null, null))
                .satisfies(
                        e ->
                                assertThat(reason(e))
                                        .isEqualTo(FeedRequestException.Reason.UNAVAILABLE));
    }

    @Test
    void aRegistrationTheBrokerDidNotTakeIsNotKept() {
        doThrow(new BrokerUnavailableException("no ack", null))
                .when(log)
                .put(anyString(), anyString());
        FeedService feeds = started();

        assertThatThrownBy(() -> feeds.register(server.url("/y.xml").toString(), null, null))
                .hasMessageContaining("not registered")
                .satisfies(
                        e ->
                                assertThat(reason(e))
                                        .isEqualTo(FeedRequestException.Reason.UNAVAILABLE));
        assertThat(feeds.list()).isEmpty();
    }

    @Test
    void whenDisabledNothingIsPolledOrLoadedAndChangesAreRefused() {
        String url = server.url("/configured.xml").toString();
        FeedService feeds =
                started(
                        properties(
                                false,
                                List.of(new FeedProperties.ConfiguredFeed(url, null, null))));

        assertThat(feeds.enabled()).isFalse();
        assertThat(feeds.list()).extracting(FeedSummary::lastStatus).containsExactly("disabled");
        assertThatThrownBy(() -> feeds.register(server.url("/z.xml").toString(), null, null))
                .satisfies(
                        e -> assertThat(reason(e)).isEqualTo(FeedRequestException.Reason.DISABLED));
        verify(log, never()).readAll(any());
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aConfiguredFeedWithABadUrlIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new FeedProperties.ConfiguredFeed("ftp://127.0.0.1/x", null, null))
                .isInstanceOf(FeedRequestException.class)
                .hasMessageContaining("only http and https");
    }
}
