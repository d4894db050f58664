package dev.ipwire.search.observability;

import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.search.indexing.IndexingHook;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Metrics of each index write, taken as a hook of the stream consumer: articles indexed ({@code
 * ipwire_articles_indexed_total}, with {@code result=written} or {@code result=stale} when the
 * index already held that revision or a newer one), the write's duration ({@code
 * ipwire_search_index_write_seconds}) and, for written articles, the time from ingest's receipt
 * ({@code receivedAt} in the event) to now ({@code ipwire_pipeline_latency_seconds}: end to end).
 */
@Component
class IndexingMetrics implements IndexingHook {

    private final Counter written;
    private final Counter stale;
    private final Timer write;
    private final Timer endToEnd;

    IndexingMetrics(MeterRegistry meters) {
        this.written = indexed(meters, "written");
        this.stale = indexed(meters, "stale");
        this.write =
                Timer.builder("ipwire.search.index.write")
                        .description(
                                "Writing an article to Elasticsearch (the bulk request of its"
                                        + " poll)")
                        .publishPercentileHistogram()
                        .register(meters);
        this.endToEnd =
                Timer.builder("ipwire.pipeline.latency")
                        .description(
                                "From ingest receiving an article (receivedAt) to its being"
                                        + " indexed")
                        .publishPercentileHistogram()
                        .register(meters);
    }

    private static Counter indexed(MeterRegistry meters, String result) {
        return Counter.builder("ipwire.articles.indexed")
                .description("Articles the index took (written) or already held (stale)")
                .tag("result", result)
                .register(meters);
    }

    @Override
    public AfterWrite beforeWrite(ArticleEnriched article) {
        long started = System.nanoTime();
        return isWritten -> {
            write.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            if (isWritten) {
                written.increment();
                Instant receivedAt = article.receivedAt();
                if (receivedAt != null) {
                    Duration latency = Duration.between(receivedAt, Instant.now());
                    if (!latency.isNegative()) {
                        endToEnd.record(latency);
                    }
                }
            } else {
                stale.increment();
            }
        };
    }
}
