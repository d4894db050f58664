package dev.ipwire.stack.cli;

import dev.ipwire.stack.StackConfig;
import dev.ipwire.stack.StackLayout;
import dev.ipwire.stack.nodes.NodeFailedException;
import dev.ipwire.stack.nodes.Readiness;
import dev.ipwire.stack.process.JavaCommand;
import dev.ipwire.stack.process.ManagedProcess;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Starts the three services as child JVMs, waits for their readiness, stops them. */
public final class Services implements AutoCloseable {

    private final List<ManagedProcess> processes = new ArrayList<>();
    private final List<ServiceSpec> specs;

    private Services(List<ServiceSpec> specs) {
        this.specs = specs;
    }

    /** The services wired to a running stack; ports from {@code IPWIRE_*_PORT} or 8081-8083. */
    public static List<ServiceSpec> specs(
            String kafkaBootstrap, String elasticsearchUrl, Map<String, String> env) {
        int ingestPort = StackConfig.port(env, "IPWIRE_INGEST_PORT", 8081);
        int nlpPort = StackConfig.port(env, "IPWIRE_NLP_PORT", 8082);
        int searchPort = StackConfig.port(env, "IPWIRE_SEARCH_PORT", 8083);
        return specs(kafkaBootstrap, elasticsearchUrl, ingestPort, nlpPort, searchPort);
    }

    /** The services on the given ports. */
    public static List<ServiceSpec> specs(
            String kafkaBootstrap,
            String elasticsearchUrl,
            int ingestPort,
            int nlpPort,
            int searchPort) {
        String kafka = "--spring.kafka.bootstrap-servers=" + kafkaBootstrap;
        return List.of(
                new ServiceSpec(
                        "ingest-service",
                        ingestPort,
                        "256m",
                        List.of(
                                "--server.port=" + ingestPort,
                                kafka,
                                "--ipwire.ingest.search-base-url=http://127.0.0.1:" + searchPort)),
                new ServiceSpec(
                        "nlp-service", nlpPort, "512m", List.of("--server.port=" + nlpPort, kafka)),
                new ServiceSpec(
                        "search-service",
                        searchPort,
                        "384m",
                        List.of(
                                "--server.port=" + searchPort,
                                kafka,
                                "--spring.elasticsearch.uris=" + elasticsearchUrl)));
    }

    /** Starts every service and waits until each reports ready; on failure stops all of them. */
    public static Services start(
            List<ServiceSpec> specs, StackLayout layout, StackConfig config, Duration timeout)
            throws NodeFailedException, InterruptedException, IOException {
        Services services = new Services(specs);
        try {
            for (ServiceSpec spec : specs) {
                services.processes.add(launch(spec, spec.name(), layout, config));
            }
            services.awaitReady(timeout);
            return services;
        } catch (NodeFailedException | InterruptedException | IOException | RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /**
     * Starts one more instance of a service, e.g. a second nlp-service in the same consumer group
     * (fault tests), and waits until it reports ready. {@code instance} names its log and pid files
     * so that they do not mix with the first instance's.
     */
    public static Services startInstance(
            ServiceSpec spec,
            String instance,
            StackLayout layout,
            StackConfig config,
            Duration timeout)
            throws NodeFailedException, InterruptedException, IOException {
        Services services = new Services(List.of(spec));
        try {
            services.processes.add(launch(spec, instance, layout, config));
            services.awaitReady(timeout);
            return services;
        } catch (NodeFailedException | InterruptedException | IOException | RuntimeException e) {
            services.close();
            throw e;
        }
    }

    private static ManagedProcess launch(
            ServiceSpec spec, String instance, StackLayout layout, StackConfig config)
            throws IOException {
        List<String> command =
                JavaCommand.create()
                        .jvm(
                                "-Xms64m",
                                "-Xmx" + spec.heap(),
                                "-XX:+UseG1GC",
                                "-Dfile.encoding=UTF-8")
                        .quietOnNewJdks()
                        .guardedMain(
                                List.of(layout.serviceJar(spec.name())),
                                "org.springframework.boot.loader.launch.JarLauncher",
                                spec.arguments());
        return ManagedProcess.start(
                instance,
                command,
                layout.projectRoot(),
                Map.of(),
                config.logDir().resolve(instance + ".log"),
                config.runDir().resolve(instance + ".pid"));
    }

    private void awaitReady(Duration timeout) throws NodeFailedException, InterruptedException {
        List<CompletableFuture<Void>> checks = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ManagedProcess process = processes.get(i);
            String url = specs.get(i).readinessUrl();
            checks.add(
                    CompletableFuture.runAsync(
                            () -> {
                                try {
                                    Readiness.await(process, timeout, Readiness.httpOk(url));
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                    throw new CompletionException(e);
                                } catch (NodeFailedException e) {
                                    throw new CompletionException(e);
                                }
                            }));
        }
        try {
            CompletableFuture.allOf(checks.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof NodeFailedException failed) {
                throw failed;
            }
            throw new NodeFailedException("a service did not start: " + e.getCause(), e.getCause());
        }
    }

    public List<ServiceSpec> specs() {
        return specs;
    }

    public List<ManagedProcess> processes() {
        return List.copyOf(processes);
    }

    /** The process of one service, e.g. to kill it in a fault test. */
    public ManagedProcess process(String name) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).name().equals(name)) {
                return processes.get(i);
            }
        }
        throw new IllegalArgumentException("no service " + name);
    }

    /** Stops all services concurrently (SIGTERM, then SIGKILL after 30 s). */
    @Override
    public void close() {
        CompletableFuture.allOf(
                        processes.stream()
                                .map(
                                        p ->
                                                CompletableFuture.runAsync(
                                                        () -> p.stop(Duration.ofSeconds(30))))
                                .toArray(CompletableFuture[]::new))
                .join();
    }
}
