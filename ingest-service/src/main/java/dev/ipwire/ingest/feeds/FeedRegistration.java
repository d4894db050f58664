package dev.ipwire.ingest.feeds;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * A feed to poll.
 *
 * @param id stable id, derived from the address
 * @param url the address of the feed document
 * @param name the outlet (source name of the articles), or null to use the feed's title
 * @param interval time between two polls
 * @param origin where the feed comes from
 * @param registeredAt when it was registered through the API; null for configured feeds
 */
public record FeedRegistration(
        String id, URI url, String name, Duration interval, Origin origin, Instant registeredAt) {

    /** Where a feed comes from. */
    public enum Origin {
        /** {@code ipwire.ingest.feeds.feeds} in the configuration. */
        CONFIGURED,
        /** {@code POST /api/v1/feeds}, stored in the {@code ingest.feeds} topic. */
        REGISTERED
    }
}
