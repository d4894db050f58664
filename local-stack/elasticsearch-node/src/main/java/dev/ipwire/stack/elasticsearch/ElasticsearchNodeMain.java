package dev.ipwire.stack.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.ClasspathPluginNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;

/**
 * Runs a single-node Elasticsearch server in this JVM until it is told to stop (SIGTERM/SIGINT).
 *
 * <p>Arguments are Elasticsearch settings as {@code key=value}; {@code path.home} is required. The
 * defaults make a private single node on the loopback interface.
 */
public final class ElasticsearchNodeMain {

    /** Plugins loaded from the class path: Netty provides the HTTP and transport layers. */
    private static final List<String> PLUGINS = List.of("transport-netty4");

    private ElasticsearchNodeMain() {}

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Throwable e) {
            // Elasticsearch's logging may not be up yet: say why on the console, then fail.
            // Elasticsearch redirects System.err into its logging; write to the real stderr.
            java.io.PrintStream err =
                    new java.io.PrintStream(
                            new java.io.FileOutputStream(java.io.FileDescriptor.err), true);
            err.println("Elasticsearch node failed to start: " + e);
            e.printStackTrace(err);
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        Settings settings = settings(args);
        Path home = Path.of(settings.get("path.home"));
        Path config = home.resolve("config");
        Files.createDirectories(config);
        Files.createDirectories(Path.of(settings.get("path.logs")));
        installLoggingConfig(config);

        Environment environment =
                InternalSettingsPreparer.prepareEnvironment(
                        settings, Map.of(), config, () -> settings.get("node.name"));
        LogConfigurator.registerErrorListener();
        LogConfigurator.setNodeName(settings.get("node.name"));
        LogConfigurator.configure(environment, true); // true: keep the console appender

        Node node = new ClasspathPluginNode(environment, PLUGINS);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> close(node, closed), "elasticsearch-shutdown"));
        node.start();
        // The node runs on its own threads; this one waits for the shutdown hook to finish closing.
        closed.await();
    }

    static Settings settings(String[] args) {
        Settings.Builder builder =
                Settings.builder()
                        .put("cluster.name", "ipwire")
                        .put("node.name", "ipwire-es")
                        .put("discovery.type", "single-node")
                        .put("network.host", "127.0.0.1")
                        .put("cluster.routing.allocation.disk.threshold_enabled", false)
                        .put("action.auto_create_index", false);
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got: " + arg);
            }
            builder.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        String home = builder.get("path.home");
        if (home == null) {
            throw new IllegalArgumentException("path.home=<dir> is required");
        }
        if (builder.get("path.data") == null) {
            builder.put("path.data", Path.of(home, "data").toString());
        }
        if (builder.get("path.logs") == null) {
            builder.put("path.logs", Path.of(home, "logs").toString());
        }
        return builder.build();
    }

    private static void installLoggingConfig(Path config) throws IOException {
        Path target = config.resolve("log4j2.properties");
        try (InputStream in =
                ElasticsearchNodeMain.class.getResourceAsStream("/ipwire-es-log4j2.properties")) {
            Files.write(target, in.readAllBytes());
        }
    }

    private static void close(Node node, CountDownLatch closed) {
        try {
            node.close();
            node.awaitClose(30, TimeUnit.SECONDS);
        } catch (IOException | RuntimeException e) {
            System.err.println("Elasticsearch did not close cleanly: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed.countDown();
        }
    }
}
