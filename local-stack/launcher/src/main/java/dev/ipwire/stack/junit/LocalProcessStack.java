package dev.ipwire.stack.junit;

import dev.ipwire.stack.LocalStack;
import dev.ipwire.stack.StackConfig;
import dev.ipwire.stack.StackLayout;
import java.nio.file.Files;
import java.nio.file.Path;

/** The local stack started for one test JVM on free ports, data under {@code target/}. */
final class LocalProcessStack implements TestStack {

    private final LocalStack stack;
    private final Path home;

    private LocalProcessStack(LocalStack stack, Path home) {
        this.stack = stack;
        this.home = home;
    }

    static LocalProcessStack start() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "local-stack-");
        StackConfig config = StackConfig.forTests(home);
        return new LocalProcessStack(LocalStack.start(config, StackLayout.discover()), home);
    }

    LocalStack stack() {
        return stack;
    }

    @Override
    public String kafkaBootstrapServers() {
        return stack.kafkaBootstrapServers();
    }

    @Override
    public String elasticsearchUrl() {
        return stack.elasticsearchUrl();
    }

    @Override
    public String description() {
        return "local stack (Kafka pid "
                + stack.kafka().pid()
                + ", Elasticsearch pid "
                + stack.elasticsearch().pid()
                + ", data "
                + home
                + ")";
    }

    @Override
    public void close() {
        stack.close();
    }
}
