package dev.ipwire.stack.cli;

import dev.ipwire.stack.LocalStack;
import dev.ipwire.stack.StackConfig;
import dev.ipwire.stack.StackLayout;
import dev.ipwire.stack.nodes.NodeFailedException;
import dev.ipwire.stack.process.ManagedProcess;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/**
 * The whole of IPWire on this machine: the local stack plus the three services, started in
 * dependency order and stopped in reverse. What {@code ./ipwire up} runs and what end-to-end tests
 * start.
 */
public final class IpwireSystem implements AutoCloseable {

    private final LocalStack stack;
    private final Services services;
    private final StackConfig config;
    private final StackLayout layout;
    private final Duration serviceTimeout;
    private final List<Services> extraInstances = new CopyOnWriteArrayList<>();

    private IpwireSystem(
            LocalStack stack,
            Services services,
            StackConfig config,
            StackLayout layout,
            Duration serviceTimeout) {
        this.stack = stack;
        this.services = services;
        this.config = config;
        this.layout = layout;
        this.serviceTimeout = serviceTimeout;
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
        // services start after the nodes and load more (HanLP, Spring): half as long again
        return start(
                config, layout, serviceSpecs, config.readyTimeout().multipliedBy(3).dividedBy(2));
    }

    /**
     * As {@link #start(StackConfig, StackLayout, BiFunction)}, giving each service {@code
     * serviceTimeout} to become ready (long tests on a loaded machine).
     */
    public static IpwireSystem start(
            StackConfig config,
            StackLayout layout,
            BiFunction<String, String, List<ServiceSpec>> serviceSpecs,
            Duration serviceTimeout)
            throws NodeFailedException, InterruptedException, IOException {
        LocalStack stack = LocalStack.start(config, layout);
        try {
            List<ServiceSpec> specs =
                    serviceSpecs.apply(stack.kafkaBootstrapServers(), stack.elasticsearchUrl());
            Services services = Services.start(specs, layout, config, serviceTimeout);
            return new IpwireSystem(stack, services, config, layout, serviceTimeout);
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

    /**
     * Starts another instance of {@code service} on {@code port}, with the same Kafka and
     * Elasticsearch settings as the first (so it joins the same consumer group), logging to {@code
     * <instance>.log}; waits until it is ready. It is stopped with the system, or earlier by its
     * process.
     */
    public ManagedProcess startInstance(String service, String instance, int port)
            throws NodeFailedException, InterruptedException, IOException {
        ServiceSpec first =
                services.specs().stream()
                        .filter(s -> s.name().equals(service))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no service " + service));
        Services extra =
                Services.startInstance(
                        first.onPort(port), instance, layout, config, serviceTimeout);
        extraInstances.add(extra);
        return extra.processes().getFirst();
    }

    /** Stops the services (extra instances included), then the stack. */
    @Override
    public void close() {
        try {
            extraInstances.forEach(Services::close);
            services.close();
        } finally {
            stack.close();
        }
    }
}
