package dev.ipwire.search.replay;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the replay jobs ({@code ipwire.replay.*}): rebuilding the index from {@code
 * articles.enriched} and re-enriching stale articles through {@code articles.raw}.
 *
 * @param batchSize records read from Kafka and written to Elasticsearch per bulk request
 * @param catchUpRounds most rounds of reading what arrived meanwhile before the alias is swapped
 * @param bulkAttempts attempts of one bulk write when Elasticsearch cannot be reached
 * @param deleteGrace wait between swapping the alias and deleting the replaced index (searches
 *     already running on it finish)
 * @param reenrichWait how long a re-enrichment waits for the pipeline to bring the republished
 *     articles back enriched by the current version before it reports them as remaining
 * @param reenrichPoll how often it counts them meanwhile
 * @param jobsKept finished jobs whose status stays readable
 */
@ConfigurationProperties("ipwire.replay")
public record ReplayProperties(
        @DefaultValue("500") int batchSize,
        @DefaultValue("5") int catchUpRounds,
        @DefaultValue("3") int bulkAttempts,
        @DefaultValue("5s") Duration deleteGrace,
        @DefaultValue("10m") Duration reenrichWait,
        @DefaultValue("2s") Duration reenrichPoll,
        @DefaultValue("20") int jobsKept) {}
