package dev.ipwire.stream.failures;

import java.util.List;

/**
 * A page of a dead-letter topic.
 *
 * @param topic the dead-letter topic
 * @param total records in the topic (all partitions)
 * @param records this page, in (partition, offset) order
 * @param next the id to pass as {@code from} for the next page; null at the end
 */
public record DeadLetterPage(String topic, long total, List<DeadLetter> records, String next) {}
