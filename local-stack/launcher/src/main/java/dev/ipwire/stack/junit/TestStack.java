package dev.ipwire.stack.junit;

/** A running Kafka broker and Elasticsearch node that integration tests talk to. */
public interface TestStack extends AutoCloseable {

    /** Bootstrap servers, e.g. {@code 127.0.0.1:41234}. */
    String kafkaBootstrapServers();

    /** Base URL, e.g. {@code http://127.0.0.1:41235}. */
    String elasticsearchUrl();

    /** What this stack is, for test logs: local processes, containers or external. */
    String description();

    @Override
    void close();
}
