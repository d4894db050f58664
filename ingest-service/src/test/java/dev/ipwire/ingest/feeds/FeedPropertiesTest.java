package dev.ipwire.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** {@code ipwire.ingest.feeds.*} as Spring binds it. */
class FeedPropertiesTest {

    private static FeedProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("ipwire.ingest.feeds", FeedProperties.class);
    }

    @Test
    void defaultsAreOffWithModestLimits() {
        FeedProperties properties = bind(Map.of());

        assertThat(properties).isEqualTo(FeedProperties.defaults());
        assertThat(properties.enabled()).isFalse();
        assertThat(properties.feeds()).isEmpty();
        assertThat(properties.defaultInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.maxResponseSize()).isEqualTo(DataSize.ofMegabytes(5));
        assertThat(properties.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void configuredFeedsBindWithOptionalNameAndInterval() {
        FeedProperties properties =
                bind(
                        Map.of(
                                "ipwire.ingest.feeds.enabled", "true",
                                "ipwire.ingest.feeds.feeds[0].url", " http://127.0.0.1:8080/a.xml ",
                                "ipwire.ingest.feeds.feeds[0].name", "示例报社",
                                "ipwire.ingest.feeds.feeds[0].interval", "15m",
                                "ipwire.ingest.feeds.feeds[1].url", "https://127.0.0.1/b.xml"));

        assertThat(properties.enabled()).isTrue();
        assertThat(properties.feeds())
                .containsExactly(
                        new FeedProperties.ConfiguredFeed(
                                "http://127.0.0.1:8080/a.xml", "示例报社", Duration.ofMinutes(15)),
                        new FeedProperties.ConfiguredFeed("https://127.0.0.1/b.xml", null, null));
    }

    @Test
    void aConfiguredFeedThatIsNotHttpStopsTheBinding() {
        assertThatThrownBy(
                        () -> bind(Map.of("ipwire.ingest.feeds.feeds[0].url", "ftp://127.0.0.1/a")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("only http and https");
    }
}
