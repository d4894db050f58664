package dev.ipwire.stack.cli;

import dev.ipwire.stack.LocalStack;
import dev.ipwire.stack.StackConfig;
import dev.ipwire.stack.StackLayout;
import dev.ipwire.stack.nodes.NodeFailedException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The whole of IPWire on this machine: the local stack plus the three services, started in
 * dependency order and stopped in reverse. What {@code ./ipwire up} runs and what end-to-end tests
 * start.
 */
public final class IpwireSystem implements AutoCloseable {

    private final LocalStack stack;
    private final Services services;

    private IpwireSystem(LocalStack stack, Services services) {
        this.stack = stack;
        this.services = services;
    }

    /**
     * Starts the stack, then the services that {@code serviceSpecs} describes for the stack's Kafka
     * bootstrap servers and Elasticsearch URL. Nothing is left running when this throws.
     */
    public static IpwireSystem start(
            StackConfig config,
            StackLayout layout,
            BiFunction<String, String, List<ServiceSpec>> serviceSpecs)
            throws NodeFailedException, InterruptedException, IOException {
        LocalStack stack = LocalStack.start(config, layout);
        try {
            List<ServiceSpec> specs =
                    serviceSpecs.apply(stack.kafkaBootstrapServers(), stack.elasticsearchUrl());
            // services start after the nodes and load more (HanLP, Spring): half as long again
            Duration serviceTimeout = config.readyTimeout().multipliedBy(3).dividedBy(2);
            Services services = Services.start(specs, layout, config, serviceTimeout);
            return new IpwireSystem(stack, services);
        } catch (NodeFailedException | InterruptedException | IOException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public LocalStack stack() {
        return stack;
    }

    public Services services() {
        return services;
    }

    public String url(String service) {
        return services.specs().stream()
                .filter(s -> s.name().equals(service))
                .findFirst()
                .orElseThrow()
                .baseUrl();
    }

    /** Stops the services, then the stack. */
    @Override
    public void close() {
        try {
            services.close();
        } finally {
            stack.close();
        }
    }
}
