package dev.ipwire.bench.pipeline;

import dev.ipwire.bench.measure.ProcessMeter;
import dev.ipwire.stack.StackConfig;
import dev.ipwire.stack.StackLayout;
import dev.ipwire.stack.cli.IpwireSystem;
import dev.ipwire.stack.cli.ServiceSpec;
import dev.ipwire.stack.cli.Services;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * The whole pipeline on this machine for one bench run: its own Kafka broker, Elasticsearch node
 * and services on free ports, data under the run's folder, so nothing else shares the index or the
 * topics. Services run as {@code ./ipwire up} runs them, with two differences: the per-key
 * submission quota of ingest-service is off (the bench measures the pipeline, not the quota a
 * newsroom's archive load would be given) and an admin key of the run's own is set.
 */
public final class BenchSystem implements AutoCloseable {

    private final IpwireSystem system;
    private final String adminKey;
    private final ProcessMeter meter = new ProcessMeter();
    private int extraNlpInstances;
    private String secondNlpUrl;

    private BenchSystem(IpwireSystem system, String adminKey) {
        this.system = system;
        this.adminKey = adminKey;
        meter.track("kafka", system.stack().kafka().pid());
        meter.track("elasticsearch", system.stack().elasticsearch().pid());
        system.services().processes().forEach(p -> meter.track(p.name(), p.pid()));
        meter.track("bench", ProcessHandle.current().pid());
    }

    public static BenchSystem start(Path home, Duration readyTimeout) throws Exception {
        StackConfig config =
                new StackConfig(
                        home,
                        StackConfig.freePort(),
                        StackConfig.freePort(),
                        StackConfig.freePort(),
                        StackConfig.freePort(),
                        "512m",
                        "512m",
                        readyTimeout);
        String adminKey = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        int ingest = StackConfig.freePort();
        int nlp = StackConfig.freePort();
        int search = StackConfig.freePort();
        IpwireSystem system =
                IpwireSystem.start(
                        config,
                        StackLayout.discover(),
                        (kafka, es) ->
                                benchSpecs(
                                        Services.specs(kafka, es, ingest, nlp, search), adminKey),
                        readyTimeout.multipliedBy(3).dividedBy(2));
        return new BenchSystem(system, adminKey);
    }

    private static List<ServiceSpec> benchSpecs(List<ServiceSpec> specs, String adminKey) {
        return specs.stream()
                .map(spec -> spec.withArgument("--ipwire.security.admin-key=" + adminKey))
                .map(
                        spec ->
                                spec.name().equals("ingest-service")
                                        ? spec.withArgument(
                                                "--ipwire.ingest.rate-limit.enabled=false")
                                        : spec)
                .toList();
    }

    /** Starts one more nlp-service in the same consumer group and meters it. */
    public void startAnotherNlpInstance() throws Exception {
        extraNlpInstances++;
        String name = "nlp-service-" + (extraNlpInstances + 1);
        int port = StackConfig.freePort();
        var process = system.startInstance("nlp-service", name, port);
        meter.track(name, process.pid());
        secondNlpUrl = "http://127.0.0.1:" + port;
    }

    /**
     * Stops or starts the second nlp-service's consumer (its {@code enrich-in-0} binding, through
     * the actuator): the group shrinks to one member or grows to two while both JVMs stay warm.
     */
    public void secondNlpInstanceConsumes(boolean consumes) throws Exception {
        if (secondNlpUrl == null) {
            throw new IllegalStateException("no second nlp-service was started");
        }
        HttpResponse<String> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        secondNlpUrl
                                                                + "/actuator/bindings/enrich-in-0"))
                                        .header("X-API-Key", adminKey)
                                        .header("Content-Type", "application/json")
                                        .POST(
                                                HttpRequest.BodyPublishers.ofString(
                                                        "{\"state\":\""
                                                                + (consumes ? "STARTED" : "STOPPED")
                                                                + "\"}"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    "the binding of the second nlp-service answered "
                            + response.statusCode()
                            + ": "
                            + response.body());
        }
    }

    public String ingestUrl() {
        return system.url("ingest-service");
    }

    public String searchUrl() {
        return system.url("search-service");
    }

    public String elasticsearchUrl() {
        return system.stack().elasticsearchUrl();
    }

    public String kafkaBootstrapServers() {
        return system.stack().kafkaBootstrapServers();
    }

    public String adminKey() {
        return adminKey;
    }

    public ProcessMeter meter() {
        return meter;
    }

    @Override
    public void close() {
        system.close();
    }
}
