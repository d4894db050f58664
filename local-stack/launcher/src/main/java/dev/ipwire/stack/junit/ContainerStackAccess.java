package dev.ipwire.stack.junit;

/** Starts the Testcontainers stack directly, for tests that target Docker explicitly. */
public final class ContainerStackAccess {

    private ContainerStackAccess() {}

    /** The official Kafka and Elasticsearch images, started; the caller closes them. */
    public static TestStack start() {
        return ContainerStack.start();
    }
}
