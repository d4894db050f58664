package dev.ipwire.stack.cli;

import dev.ipwire.stack.StackConfig;
import dev.ipwire.stack.StackLayout;
import dev.ipwire.stack.nodes.NodeFailedException;
import dev.ipwire.stack.nodes.Readiness;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Java side of {@code ./ipwire}: {@code up} (runs everything in the foreground until stopped),
 * {@code status}, {@code feed}, {@code reindex} and {@code reenrich} ({@link ReplayCommand}).
 * Starting in the background and {@code down} are done by the shell script around this.
 */
public final class IpwireCli {

    private static final PrintStream out = System.out;

    private IpwireCli() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        Map<String, String> env = System.getenv();
        int code;
        try {
            code =
                    switch (args[0]) {
                        case "up" -> up(StackLayout.discover(), env);
                        case "status" -> status(StackLayout.discover(), env);
                        case "feed" -> feed(List.of(args).subList(1, args.length), env);
                        case "dlq" ->
                                new DeadLetterCommand(env, out)
                                        .run(List.of(args).subList(1, args.length));
                        case "reindex" ->
                                ReplayCommand.fromEnvironment(env, out)
                                        .reindex(List.of(args).subList(1, args.length));
                        case "reenrich" ->
                                ReplayCommand.fromEnvironment(env, out)
                                        .reenrich(List.of(args).subList(1, args.length));
                        default -> {
                            usage();
                            yield 2;
                        }
                    };
        } catch (IllegalArgumentException | IllegalStateException | IOException e) {
            System.err.println("ipwire: " + e.getMessage());
            code = 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = 130;
        }
        System.exit(code);
    }

    private static void usage() {
        System.err.println(
                "usage: ipwire up [--detach] | down | status | feed PATH... | reindex"
                        + " [--delete-previous] [--force] | reenrich [--dry-run]");
        System.err.println(DeadLetterCommand.USAGE);
    }

    static int up(StackLayout layout, Map<String, String> env) throws IOException {
        Path home = layout.projectRoot().resolve(".ipwire");
        StackConfig config = StackConfig.fromEnvironment(home, env);
        RunState state = new RunState(config.runDir());
        state.claim();
        AtomicReference<IpwireSystem> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    IpwireSystem system = running.getAndSet(null);
                                    if (system != null) {
                                        out.println("\nStopping IPWire …");
                                        system.close();
                                        out.println("Stopped.");
                                    }
                                    state.release();
                                    stopped.countDown();
                                },
                                "ipwire-stop"));

        Instant started = Instant.now();
        out.printf(
                "Starting Kafka (127.0.0.1:%d) and Elasticsearch (127.0.0.1:%d); data and logs"
                        + " under %s%n",
                config.kafkaPort(), config.elasticsearchPort(), home);
        try {
            IpwireSystem system =
                    IpwireSystem.start(
                            config,
                            layout,
                            (kafka, es) -> {
                                out.println(
                                        "Stack ready; starting ingest-service, nlp-service and"
                                                + " search-service …");
                                return Services.specs(kafka, es, env);
                            });
            running.set(system);
            out.println("Services ready; loading sample articles from docs/samples …");
            loadSamples(layout, system, env);
            Duration took = Duration.between(started, Instant.now());
            String banner = banner(system, home, took);
            state.ready(banner);
            out.println(banner);
        } catch (NodeFailedException e) {
            state.failed(e.getMessage());
            System.err.println("ipwire: start-up failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static void loadSamples(
            StackLayout layout, IpwireSystem system, Map<String, String> env)
            throws IOException, InterruptedException {
        Path samples = layout.projectRoot().resolve("docs").resolve("samples");
        if (!Files.isDirectory(samples)) {
            out.println("  (no docs/samples folder: nothing loaded)");
            return;
        }
        ArticleFeeder feeder =
                new ArticleFeeder(system.url("ingest-service"), env.get("IPWIRE_INGEST_KEY"));
        List<String> ids = new ArrayList<>();
        for (Path file : ArticleFeeder.collect(List.of(samples))) {
            ArticleFeeder.Result result = feeder.send(file);
            if (result.accepted()) {
                ids.addAll(result.ids());
            } else {
                out.println(
                        "  sample " + file.getFileName() + " not accepted: " + result.problem());
            }
        }
        String search = system.url("search-service");
        Instant deadline = Instant.now().plusSeconds(60);
        int searchable = 0;
        for (String id : ids) {
            while (Instant.now().isBefore(deadline)) {
                if (searchableNow(search + "/api/v1/articles/" + id, env)) {
                    searchable++;
                    break;
                }
                Thread.sleep(200);
            }
        }
        out.printf("  %d sample articles accepted, %d searchable%n", ids.size(), searchable);
    }

    private static boolean searchableNow(String url, Map<String, String> env) {
        try {
            return Readiness.status(url) == 200;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private static String banner(IpwireSystem system, Path home, Duration took) {
        return String.join(
                "\n",
                "",
                "IPWire is up (" + took.toSeconds() + " s).",
                "  Editor search page   " + system.url("search-service") + "/",
                "  Search API           " + system.url("search-service") + "/api/v1/search?q=地理标志",
                "  Ingest API           " + system.url("ingest-service") + "/api/v1/articles",
                "  nlp-service          " + system.url("nlp-service") + "/actuator/health",
                "  Kafka                " + system.stack().kafkaBootstrapServers(),
                "  Elasticsearch        " + system.stack().elasticsearchUrl(),
                "  Logs                 " + home.resolve("logs"),
                "");
    }

    static int status(StackLayout layout, Map<String, String> env) throws IOException {
        Path home = layout.projectRoot().resolve(".ipwire");
        StackConfig config = StackConfig.fromEnvironment(home, env);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"component", "pid", "port", "health"});
        rows.add(row(config, "kafka", config.kafkaPort(), null));
        rows.add(
                row(
                        config,
                        "elasticsearch",
                        config.elasticsearchPort(),
                        "http://127.0.0.1:" + config.elasticsearchPort() + "/_cluster/health"));
        for (ServiceSpec spec : Services.specs("", "", env)) {
            rows.add(row(config, spec.name(), spec.port(), spec.readinessUrl()));
        }
        for (String[] row : rows) {
            out.printf("%-16s %-8s %-6s %s%n", (Object[]) row);
        }
        return rows.stream().skip(1).allMatch(r -> r[3].startsWith("UP")) ? 0 : 3;
    }

    private static String[] row(StackConfig config, String name, int port, String healthUrl)
            throws IOException {
        Path pidFile = config.runDir().resolve(name + ".pid");
        String pid = "-";
        boolean alive = false;
        if (Files.exists(pidFile)) {
            pid = Files.readString(pidFile).trim();
            alive = ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        }
        String health;
        if (!alive) {
            health = "DOWN (not running)";
        } else if (healthUrl == null) {
            health = portOpen(port) ? "UP (port open)" : "DOWN (port closed)";
        } else {
            try {
                int status = Readiness.status(healthUrl);
                health = status == 200 ? "UP" : "DOWN (HTTP " + status + ")";
            } catch (Exception e) {
                health = "DOWN (no answer)";
            }
        }
        return new String[] {name, alive ? pid : "-", Integer.toString(port), health};
    }

    private static boolean portOpen(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int feed(List<String> paths, Map<String, String> env) throws IOException {
        if (paths.isEmpty()) {
            System.err.println(
                    "usage: ipwire feed PATH...  (files or folders of .txt .md .html .pdf .docx)");
            return 2;
        }
        int port = StackConfig.port(env, "IPWIRE_INGEST_PORT", 8081);
        ArticleFeeder feeder =
                new ArticleFeeder("http://127.0.0.1:" + port, env.get("IPWIRE_INGEST_KEY"));
        List<Path> files = ArticleFeeder.collect(paths.stream().map(Path::of).toList());
        FeedReport report = new FeedReport(files.size(), System.console() != null, out);
        for (Path file : files) {
            report.add(feeder.send(file));
        }
        report.finish();
        return report.failed() == 0 ? 0 : 1;
    }
}
