package dev.ipwire.ingest;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of ingest-service ({@code ipwire.ingest.*}).
 *
 * @param maxContentSize largest request body accepted; larger ones get 413
 * @param searchBaseUrl base URL of search-service, used for the {@code Location} of accepted
 *     articles
 * @param publishTimeout how long a request waits for the broker's acknowledgement before it is
 *     answered 503 (the article is then not accepted)
 * @param partitions partitions of {@code articles.raw} when this service creates it
 * @param replicationFactor replicas of {@code articles.raw} when this service creates it
 */
@ConfigurationProperties("ipwire.ingest")
public record IngestProperties(
        @DefaultValue("10MB") DataSize maxContentSize,
        @DefaultValue("http://127.0.0.1:8083") URI searchBaseUrl,
        @DefaultValue("10s") Duration publishTimeout,
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor) {}
