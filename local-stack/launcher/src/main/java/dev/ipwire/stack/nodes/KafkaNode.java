package dev.ipwire.stack.nodes;

import dev.ipwire.stack.StackConfig;
import dev.ipwire.stack.StackLayout;
import dev.ipwire.stack.process.JavaCommand;
import dev.ipwire.stack.process.ManagedProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** A single-node KRaft Kafka broker (broker and controller in one JVM). */
public final class KafkaNode implements StackNode {

    /** Fixed so that re-formatting an existing data folder is a no-op (22 base64 characters). */
    static final String CLUSTER_ID = "SXBXaXJlTG9jYWxTdGFjaw";

    private final StackConfig config;
    private final StackLayout layout;
    private final Path dir;
    private ManagedProcess process;

    public KafkaNode(StackConfig config, StackLayout layout) {
        this.config = config;
        this.layout = layout;
        this.dir = config.dataDir().resolve("kafka");
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public String endpoint() {
        return "127.0.0.1:" + config.kafkaPort();
    }

    @Override
    public long pid() {
        return process != null && process.isAlive() ? process.pid() : -1;
    }

    @Override
    public void start() throws IOException, NodeFailedException, InterruptedException {
        Path properties = writeServerProperties();
        if (!Files.exists(dir.resolve("logs").resolve("meta.properties"))) {
            format(properties);
        }
        List<String> command =
                JavaCommand.create()
                        .jvm(
                                "-Xms128m",
                                "-Xmx" + config.kafkaHeap(),
                                "-XX:+UseG1GC",
                                "-Djava.awt.headless=true")
                        .quietOnNewJdks()
                        .guardedMain(
                                layout.kafkaClasspath(),
                                "kafka.Kafka",
                                List.of(properties.toString()));
        process =
                ManagedProcess.start(
                        name(),
                        command,
                        dir,
                        Map.of(),
                        config.logDir().resolve("kafka.log"),
                        config.runDir().resolve("kafka.pid"));
    }

    private void format(Path properties)
            throws IOException, NodeFailedException, InterruptedException {
        List<String> command =
                JavaCommand.create()
                        .jvm("-Xmx256m")
                        .quietOnNewJdks()
                        .main(
                                layout.kafkaClasspath(),
                                "kafka.tools.StorageTool",
                                List.of(
                                        "format",
                                        "-t",
                                        CLUSTER_ID,
                                        "-c",
                                        properties.toString(),
                                        "-g"));
        try (ManagedProcess formatter =
                ManagedProcess.start(
                        "kafka-format",
                        command,
                        dir,
                        Map.of(),
                        config.logDir().resolve("kafka.log"),
                        null)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (formatter.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            if (formatter.isAlive() || formatter.exitCode() != 0) {
                throw new NodeFailedException(
                        "formatting Kafka storage in "
                                + dir
                                + " failed:\n"
                                + formatter.logTail(20));
            }
        }
    }

    private Path writeServerProperties() throws IOException {
        Files.createDirectories(dir.resolve("logs"));
        String controller = "127.0.0.1:" + config.kafkaControllerPort();
        String text =
                """
                # Written by the IPWire launcher on every start; edit StackConfig instead.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@%s
                listeners=PLAINTEXT://%s,CONTROLLER://%s
                advertised.listeners=PLAINTEXT://%s
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%s
                num.partitions=6
                auto.create.topics.enable=false
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=6
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """
                        .formatted(
                                controller,
                                endpoint(),
                                controller,
                                endpoint(),
                                dir.resolve("logs"));
        Path properties = dir.resolve("server.properties");
        Files.writeString(properties, text);
        return properties;
    }

    @Override
    public void awaitReady(Duration timeout) throws NodeFailedException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        // The port first: an admin client started earlier only logs reconnect attempts.
        Readiness.await(process, timeout, Readiness.portOpen(config.kafkaPort()));
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, endpoint());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        try (Admin admin = Admin.create(props)) {
            Readiness.await(
                    process,
                    left,
                    () ->
                            !admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                                    .nodes()
                                    .get(3, TimeUnit.SECONDS)
                                    .isEmpty());
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
        }
    }
}
