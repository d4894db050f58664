package dev.ipwire.stream.failures;

import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;

/**
 * Headers of a dead-letter record (DESIGN.md: the failed record + {@code x-exception-*}): the names
 * the Spring Cloud Stream binder uses, plus the failure kind and the stage's consumer group.
 * Partition, offset and timestamp are big-endian binary ({@code int}, {@code long}, {@code long});
 * the rest is UTF-8 text.
 */
public final class DeadLetterHeaders {

    public static final String ORIGINAL_TOPIC = "x-original-topic";
    public static final String ORIGINAL_PARTITION = "x-original-partition";
    public static final String ORIGINAL_OFFSET = "x-original-offset";
    public static final String ORIGINAL_TIMESTAMP = "x-original-timestamp";
    public static final String ORIGINAL_TIMESTAMP_TYPE = "x-original-timestamp-type";
    public static final String ORIGINAL_GROUP = "x-original-consumer-group";
    public static final String EXCEPTION_FQCN = "x-exception-fqcn";
    public static final String EXCEPTION_CAUSE_FQCN = "x-exception-cause-fqcn";
    public static final String EXCEPTION_MESSAGE = "x-exception-message";
    public static final String EXCEPTION_STACKTRACE = "x-exception-stacktrace";

    /** {@code malformed} or {@code unexpected} ({@link FailureKind}, lower case). */
    public static final String FAILURE_KIND = "x-ipwire-failure-kind";

    /** Set on a record the admin API replayed: the dead letter's id ({@code partition-offset}). */
    public static final String REPLAYED_FROM = "x-ipwire-replayed-from";

    private DeadLetterHeaders() {}

    /** Whether a header describes the failure (and so is dropped when the record is replayed). */
    public static boolean describesFailure(String name) {
        return name.startsWith("x-original-")
                || name.startsWith("x-exception-")
                || name.startsWith("x-key-exception-")
                || name.startsWith("x-ipwire-failure-")
                || name.equals(REPLAYED_FROM);
    }

    static HeaderNames names() {
        return HeaderNames.Builder.original()
                .topicHeader(ORIGINAL_TOPIC)
                .partitionHeader(ORIGINAL_PARTITION)
                .offsetHeader(ORIGINAL_OFFSET)
                .timestampHeader(ORIGINAL_TIMESTAMP)
                .timestampTypeHeader(ORIGINAL_TIMESTAMP_TYPE)
                .consumerGroupHeader(ORIGINAL_GROUP)
                .exception()
                .keyExceptionFqcn("x-key-exception-fqcn")
                .exceptionFqcn(EXCEPTION_FQCN)
                .exceptionCauseFqcn(EXCEPTION_CAUSE_FQCN)
                .keyExceptionMessage("x-key-exception-message")
                .exceptionMessage(EXCEPTION_MESSAGE)
                .keyExceptionStacktrace("x-key-exception-stacktrace")
                .exceptionStacktrace(EXCEPTION_STACKTRACE)
                .build();
    }
}
