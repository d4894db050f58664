package dev.ipwire.stream.failures;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One record of a dead-letter topic as the admin API shows it.
 *
 * @param id {@code partition-offset} in the dead-letter topic: what replay takes
 * @param partition partition in the dead-letter topic
 * @param offset offset in the dead-letter topic
 * @param deadLetteredAt when it was written to the dead-letter topic
 * @param key the original key (the article id), as text
 * @param originalTopic where it was read from (and where replay sends it)
 * @param originalPartition its partition there
 * @param originalOffset its offset there
 * @param kind {@code malformed} or {@code unexpected}
 * @param exception class of the exception that explains the failure
 * @param reason its message: what is wrong
 * @param replayedFrom the dead letter this record is a replay of, when it failed again
 * @param valueBytes size of the original value
 * @param valuePreview the start of the original value as text (at most 300 characters)
 */
public record DeadLetter(
        String id,
        int partition,
        long offset,
        Instant deadLetteredAt,
        String key,
        String originalTopic,
        Integer originalPartition,
        Long originalOffset,
        String kind,
        String exception,
        String reason,
        String replayedFrom,
        int valueBytes,
        String valuePreview) {

    static final int PREVIEW_CHARACTERS = 300;

    static DeadLetter of(ConsumerRecord<byte[], byte[]> record) {
        byte[] value = record.value() == null ? new byte[0] : record.value();
        // decode a bounded prefix: a dead letter may be megabytes long
        String preview =
                new String(
                        value,
                        0,
                        Math.min(value.length, PREVIEW_CHARACTERS * 4),
                        StandardCharsets.UTF_8);
        if (preview.length() > PREVIEW_CHARACTERS) {
            preview = preview.substring(0, PREVIEW_CHARACTERS);
        }
        return new DeadLetter(
                record.partition() + "-" + record.offset(),
                record.partition(),
                record.offset(),
                Instant.ofEpochMilli(record.timestamp()),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                text(record, DeadLetterHeaders.ORIGINAL_TOPIC),
                number(record, DeadLetterHeaders.ORIGINAL_PARTITION) == null
                        ? null
                        : number(record, DeadLetterHeaders.ORIGINAL_PARTITION).intValue(),
                number(record, DeadLetterHeaders.ORIGINAL_OFFSET),
                text(record, DeadLetterHeaders.FAILURE_KIND),
                text(record, DeadLetterHeaders.EXCEPTION_FQCN),
                text(record, DeadLetterHeaders.EXCEPTION_MESSAGE),
                text(record, DeadLetterHeaders.REPLAYED_FROM),
                value.length,
                preview);
    }

    static String text(ConsumerRecord<?, ?> record, String header) {
        Header found = record.headers().lastHeader(header);
        return found == null || found.value() == null
                ? null
                : new String(found.value(), StandardCharsets.UTF_8);
    }

    /** Partition and offset are binary (4 or 8 bytes) from Spring Kafka, text from elsewhere. */
    static Long number(ConsumerRecord<?, ?> record, String header) {
        Header found = record.headers().lastHeader(header);
        if (found == null || found.value() == null) {
            return null;
        }
        byte[] bytes = found.value();
        if (bytes.length == Integer.BYTES) {
            return (long) ByteBuffer.wrap(bytes).getInt();
        }
        if (bytes.length == Long.BYTES) {
            return ByteBuffer.wrap(bytes).getLong();
        }
        try {
            return Long.parseLong(new String(bytes, StandardCharsets.UTF_8).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
