package dev.ipwire.ingest.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs the reader on a hostile file: it must refuse it, and do so without hanging (a generous hang
 * guard, not a performance claim) and without an OutOfMemoryError, which would surface as an error
 * other than the refusal.
 */
final class Hostile {

    /** Hang guard. */
    static final Duration GUARD = Duration.ofSeconds(20);

    /**
     * What the refusal cost.
     *
     * @param refusal the exception
     * @param allocatedBytes bytes the reading thread allocated (garbage included)
     */
    record Outcome(UnreadableDocumentException refusal, long allocatedBytes) {

        Outcome hasReason(UnreadableDocumentException.Reason reason) {
            assertThat(refusal.reason()).as(refusal.getMessage()).isEqualTo(reason);
            return this;
        }

        Outcome saying(String... fragments) {
            for (String fragment : fragments) {
                assertThat(refusal.getMessage()).contains(fragment);
            }
            return this;
        }

        /** The reader did not materialize what the file expands to. */
        Outcome allocatedLessThanMegabytes(long megabytes) {
            assertThat(allocatedBytes).isLessThan(megabytes * 1024 * 1024);
            return this;
        }
    }

    private Hostile() {}

    static Outcome read(Supplier<ReadDocument> reading) {
        return assertTimeoutPreemptively(
                GUARD,
                () -> {
                    com.sun.management.ThreadMXBean threads =
                            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
                    long before = threads.getCurrentThreadAllocatedBytes();
                    try {
                        ReadDocument document = reading.get();
                        return fail(
                                "expected a refusal, but read "
                                        + document.content().length()
                                        + " characters");
                    } catch (UnreadableDocumentException e) {
                        return new Outcome(e, threads.getCurrentThreadAllocatedBytes() - before);
                    }
                });
    }
}
