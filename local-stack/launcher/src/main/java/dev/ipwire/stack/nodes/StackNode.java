package dev.ipwire.stack.nodes;

import java.time.Duration;

/** One server of the local stack, in its own JVM. */
public interface StackNode extends AutoCloseable {

    /** Short name used in logs and pid files, e.g. {@code kafka}. */
    String name();

    /** Starts the JVM; returns without waiting for it to be ready. */
    void start() throws Exception;

    /**
     * Blocks until the server answers for real (not merely until its port is open), or throws
     * {@link NodeFailedException} with the reason and the end of its log.
     */
    void awaitReady(Duration timeout) throws NodeFailedException, InterruptedException;

    /** Where clients connect, e.g. {@code 127.0.0.1:9092} or {@code http://127.0.0.1:9200}. */
    String endpoint();

    /** Process id, or -1 when not running. */
    long pid();

    /** Stops the server (SIGTERM, SIGKILL after a grace period). */
    @Override
    void close();
}
