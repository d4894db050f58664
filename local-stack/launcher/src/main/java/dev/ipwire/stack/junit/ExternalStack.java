package dev.ipwire.stack.junit;

/** A stack somebody else runs (e.g. {@code ./ipwire up --detach}); never stopped by tests. */
record ExternalStack(String kafkaBootstrapServers, String elasticsearchUrl) implements TestStack {

    @Override
    public String description() {
        return "external stack (Kafka "
                + kafkaBootstrapServers
                + ", Elasticsearch "
                + elasticsearchUrl
                + ")";
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
