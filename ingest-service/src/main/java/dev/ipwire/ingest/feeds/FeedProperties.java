package dev.ipwire.ingest.feeds;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of RSS/Atom feed polling ({@code ipwire.ingest.feeds.*}).
 *
 * <p>Feeds come from two places: the {@link #feeds() configured list} (fixed for the life of the
 * process) and registrations made through {@code POST /api/v1/feeds} (kept in the compacted topic
 * {@code ingest.feeds}, so they survive a restart). Only the feed documents themselves are fetched;
 * the article pages the items link to are never downloaded.
 *
 * @param enabled whether this instance polls feeds at all; when false nothing is fetched, the
 *     registration topic is not read, and {@code POST}/{@code DELETE /api/v1/feeds} answer 409.
 *     Enable it on exactly one instance when several run, or every instance polls every feed
 * @param feeds feeds configured by the operator; they cannot be deleted through the API
 * @param defaultInterval time between two polls of a feed that gives no interval of its own
 * @param minInterval shortest interval a registration through the API may ask for (configured feeds
 *     are trusted and not checked against it)
 * @param requestTimeout longest a whole fetch (connect, headers and body) may take
 * @param maxResponseSize largest feed document read (after decompression); a larger one fails the
 *     poll
 * @param maxItemsPerPoll most new items submitted in one poll; the rest follow in the next polls
 * @param seenItemsPerFeed how many item keys (guid/id, else link) are remembered per feed so that
 *     an item is submitted once; the oldest keys no longer in the feed are forgotten first
 * @param timeZone zone in which an item's date is written ({@code publishedAt} keeps the instant;
 *     the zone decides the calendar date and offset shown)
 */
@ConfigurationProperties("ipwire.ingest.feeds")
public record FeedProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue List<ConfiguredFeed> feeds,
        @DefaultValue("5m") Duration defaultInterval,
        @DefaultValue("1m") Duration minInterval,
        @DefaultValue("30s") Duration requestTimeout,
        @DefaultValue("5MB") DataSize maxResponseSize,
        @DefaultValue("100") int maxItemsPerPoll,
        @DefaultValue("10000") int seenItemsPerFeed,
        @DefaultValue("Asia/Shanghai") ZoneId timeZone) {

    public FeedProperties {
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        requirePositive(defaultInterval, "default-interval");
        requirePositive(minInterval, "min-interval");
        requirePositive(requestTimeout, "request-timeout");
        if (maxResponseSize == null || maxResponseSize.toBytes() <= 0) {
            throw new IllegalArgumentException(
                    "ipwire.ingest.feeds.max-response-size must be positive");
        }
        if (maxItemsPerPoll <= 0 || seenItemsPerFeed < maxItemsPerPoll) {
            throw new IllegalArgumentException(
                    "ipwire.ingest.feeds.max-items-per-poll must be positive and at most"
                            + " seen-items-per-feed");
        }
    }

    /** All defaults, polling disabled. */
    public static FeedProperties defaults() {
        return new FeedProperties(
                false,
                List.of(),
                Duration.ofMinutes(5),
                Duration.ofMinutes(1),
                Duration.ofSeconds(30),
                DataSize.ofMegabytes(5),
                100,
                10_000,
                ZoneId.of("Asia/Shanghai"));
    }

    /**
     * A feed in the configuration.
     *
     * @param url address of the RSS 2.0 or Atom document (absolute http or https)
     * @param name the outlet, used as the articles' source name; when absent, the feed's own title
     *     is used
     * @param interval time between two polls; when absent, {@link #defaultInterval()}
     */
    public record ConfiguredFeed(String url, String name, Duration interval) {

        public ConfiguredFeed {
            url = FeedUrls.validate(url).toString();
            name = name == null || name.isBlank() ? null : name.strip();
            if (interval != null) {
                requirePositive(interval, "feeds[].interval of " + url);
            }
        }
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("ipwire.ingest.feeds." + name + " must be positive");
        }
    }
}
