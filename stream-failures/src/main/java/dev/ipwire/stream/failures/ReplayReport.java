package dev.ipwire.stream.failures;

import java.util.List;

/**
 * What a replay did.
 *
 * @param topic the dead-letter topic replayed from
 * @param requested dead letters considered
 * @param replayed sent back to their original topic (acknowledged by the broker)
 * @param skipped not sent: unknown id or no original topic
 * @param failed could not be sent; replay them again later
 * @param replayedIds ids sent back
 * @param skippedIds ids not sent, each with the reason
 * @param failedIds ids that failed, each with the error
 */
public record ReplayReport(
        String topic,
        int requested,
        int replayed,
        int skipped,
        int failed,
        List<String> replayedIds,
        List<String> skippedIds,
        List<String> failedIds) {}
