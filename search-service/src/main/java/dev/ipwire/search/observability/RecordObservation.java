package dev.ipwire.search.observability;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Around every record the stream consumes: the record's trace id ({@value #TRACE_HEADER} header,
 * set by ingest-service and carried by nlp-service) and article id (its key) in the logging MDC
 * while it is indexed, so every log line about the article names both. The stream's one container
 * customizer (in {@code deadletters}) installs this interceptor.
 */
@Configuration(proxyBeanMethods = false)
class RecordObservation {

    static final String TRACE_HEADER = "ipwire-trace-id";
    static final String MDC_TRACE = "traceId";
    static final String MDC_ARTICLE = "articleId";

    @Bean
    RecordInterceptor<Object, Object> traceEachRecord() {
        return new Trace<>();
    }

    static final class Trace<K, V> implements RecordInterceptor<K, V> {
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
            return record;
        }

        @Override
        public void afterRecord(ConsumerRecord<K, V> record, Consumer<K, V> consumer) {
            MDC.remove(MDC_TRACE);
            MDC.remove(MDC_ARTICLE);
        }
    }
}
