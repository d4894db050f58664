package dev.ipwire.stack;

import dev.ipwire.stack.nodes.ElasticsearchNode;
import dev.ipwire.stack.nodes.KafkaNode;
import dev.ipwire.stack.nodes.NodeFailedException;
import dev.ipwire.stack.nodes.StackNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A real Kafka broker and a real Elasticsearch node, each in its own JVM, started together.
 *
 * <p>If either fails to start or become ready, both are stopped before the failure is reported, so
 * a half-started stack never leaves a process behind.
 */
public final class LocalStack implements AutoCloseable {

    private final KafkaNode kafka;
    private final ElasticsearchNode elasticsearch;

    private LocalStack(KafkaNode kafka, ElasticsearchNode elasticsearch) {
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
    }

    /** Starts both nodes and waits until both answer real requests. */
    public static LocalStack start(StackConfig config, StackLayout layout)
            throws NodeFailedException, InterruptedException {
        LocalStack stack =
                new LocalStack(
                        new KafkaNode(config, layout), new ElasticsearchNode(config, layout));
        try {
            startAll(List.of(stack.kafka, stack.elasticsearch), config);
            return stack;
        } catch (NodeFailedException | InterruptedException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** Starts the nodes concurrently and waits for all; the first failure is thrown. */
    static void startAll(List<StackNode> nodes, StackConfig config)
            throws NodeFailedException, InterruptedException {
        List<CompletableFuture<Void>> starts = new ArrayList<>();
        for (StackNode node : nodes) {
            starts.add(
                    CompletableFuture.runAsync(
                            () -> {
                                try {
                                    node.start();
                                    node.awaitReady(config.readyTimeout());
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                    throw new CompletionException(e);
                                } catch (Exception e) {
                                    throw new CompletionException(e);
                                }
                            }));
        }
        try {
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof NodeFailedException failed) {
                throw failed;
            }
            if (cause instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new NodeFailedException("starting the local stack failed: " + cause, cause);
        }
    }

    public StackNode kafka() {
        return kafka;
    }

    public StackNode elasticsearch() {
        return elasticsearch;
    }

    /** Bootstrap servers, e.g. {@code 127.0.0.1:9092}. */
    public String kafkaBootstrapServers() {
        return kafka.endpoint();
    }

    /** Base URL, e.g. {@code http://127.0.0.1:9200}. */
    public String elasticsearchUrl() {
        return elasticsearch.endpoint();
    }

    /** Stops both nodes, concurrently. */
    @Override
    public void close() {
        CompletableFuture.allOf(
                        CompletableFuture.runAsync(elasticsearch::close),
                        CompletableFuture.runAsync(kafka::close))
                .join();
    }
}
