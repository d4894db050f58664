package dev.ipwire.nlp.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Around every record the stream consumes: the record's trace id ({@value #TRACE_HEADER} header)
 * and article id (its key) in the logging MDC while it is handled, so every log line about the
 * article names both; and the time from taking the record to the acknowledged write of its output
 * ({@code ipwire_nlp_enrich_seconds}). The stream's one container customizer (in {@code
 * deadletters}) installs this interceptor. The business function stays a plain function; the binder
 * copies the input's headers, the trace id among them, onto the output record.
 */
@Configuration(proxyBeanMethods = false)
class RecordObservation {

    /** Kafka record header carrying the trace id, set by ingest-service. */
    static final String TRACE_HEADER = "ipwire-trace-id";

    static final String MDC_TRACE = "traceId";
    static final String MDC_ARTICLE = "articleId";

    @Bean
    RecordInterceptor<Object, Object> traceAndTimeEachRecord(
            ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable();
        Timer timer =
                meters == null
                        ? null
                        : Timer.builder("ipwire.nlp.enrich")
                                .description(
                                        "Handling one articles.raw record: enrichment and the"
                                                + " acknowledged write to articles.enriched")
                                .publishPercentileHistogram()
                                .register(meters);
        return new TraceAndTime<>(timer);
    }

    /** Puts the trace and article ids in the MDC and times the record. */
    static final class TraceAndTime<K, V> implements RecordInterceptor<K, V> {
        private final Timer timer;
        private final ThreadLocal<Long> started = new ThreadLocal<>();

        TraceAndTime(Timer timer) {
            this.timer = timer;
        }

        @Override
        public ConsumerRecord<K, V> intercept(
                ConsumerRecord<K, V> record, Consumer<K, V> consumer) {
            Header trace = record.headers().lastHeader(TRACE_HEADER);
            MDC.put(
                    MDC_TRACE,
                    trace != null
                            ? new String(trace.value(), StandardCharsets.UTF_8)
                            : UUID.randomUUID().toString().replace("-", ""));
            Object key = record.key();
            if (key != null) {
                MDC.put(
                        MDC_ARTICLE,
                        key instanceof byte[] bytes
                                ? new String(bytes, StandardCharsets.UTF_8)
                                : key.toString());
            }
            started.set(System.nanoTime());
            return record;
        }

        @Override
        public void success(ConsumerRecord<K, V> record, Consumer<K, V> consumer) {
            Long start = started.get();
            if (timer != null && start != null) {
                timer.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            }
        }

        @Override
        public void afterRecord(ConsumerRecord<K, V> record, Consumer<K, V> consumer) {
            started.remove();
            MDC.remove(MDC_TRACE);
            MDC.remove(MDC_ARTICLE);
        }
    }
}
