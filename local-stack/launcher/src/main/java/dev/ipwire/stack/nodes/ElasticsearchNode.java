package dev.ipwire.stack.nodes;

import dev.ipwire.stack.StackConfig;
import dev.ipwire.stack.StackLayout;
import dev.ipwire.stack.process.JavaCommand;
import dev.ipwire.stack.process.ManagedProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A single-node Elasticsearch server (see {@code local-stack/elasticsearch-node}). */
public final class ElasticsearchNode implements StackNode {

    /**
     * Where Debian and most distributions keep libzstd; Elasticsearch's stored-field codec uses it.
     */
    private static final List<Path> ZSTD_CANDIDATES =
            List.of(
                    Path.of("/usr/lib/x86_64-linux-gnu/libzstd.so.1"),
                    Path.of("/usr/lib/aarch64-linux-gnu/libzstd.so.1"),
                    Path.of("/usr/lib64/libzstd.so.1"),
                    Path.of("/usr/lib/libzstd.so.1"));

    private final StackConfig config;
    private final StackLayout layout;
    private final Path home;
    private ManagedProcess process;

    public ElasticsearchNode(StackConfig config, StackLayout layout) {
        this.config = config;
        this.layout = layout;
        this.home = config.dataDir().resolve("elasticsearch");
    }

    @Override
    public String name() {
        return "elasticsearch";
    }

    @Override
    public String endpoint() {
        return "http://127.0.0.1:" + config.elasticsearchPort();
    }

    @Override
    public long pid() {
        return process != null && process.isAlive() ? process.pid() : -1;
    }

    @Override
    public void start() throws IOException {
        Files.createDirectories(home.resolve("tmp"));
        JavaCommand java =
                JavaCommand.create()
                        .jvm(
                                "-Xms" + config.elasticsearchHeap(),
                                "-Xmx" + config.elasticsearchHeap(),
                                "-XX:+UseG1GC",
                                "-Djava.awt.headless=true",
                                "-Dfile.encoding=UTF-8",
                                "-Djava.io.tmpdir=" + home.resolve("tmp"),
                                "-Dlog4j.shutdownHookEnabled=false",
                                "-Dlog4j2.disable.jmx=true",
                                "-Dorg.elasticsearch.nativeaccess.enableVectorLibrary=false",
                                "--add-modules=jdk.incubator.vector")
                        .quietOnNewJdks();
        Path nativeLibs = linkNativeLibraries();
        if (nativeLibs != null) {
            java.jvm("-Des.nativelibs.path=" + nativeLibs);
        }
        List<String> settings = new ArrayList<>();
        settings.add("path.home=" + home);
        settings.add("http.port=" + config.elasticsearchPort());
        settings.add("transport.port=" + config.elasticsearchTransportPort());
        List<String> command =
                java.guardedMain(
                        layout.elasticsearchClasspath(),
                        "dev.ipwire.stack.elasticsearch.ElasticsearchNodeMain",
                        settings);
        process =
                ManagedProcess.start(
                        name(),
                        command,
                        home,
                        Map.of(),
                        config.logDir().resolve("elasticsearch.log"),
                        config.runDir().resolve("elasticsearch.pid"));
    }

    /**
     * Elasticsearch looks for {@code libzstd.so} in {@code es.nativelibs.path}; the jars do not
     * ship it, so link the system's copy there when there is one.
     */
    private Path linkNativeLibraries() throws IOException {
        Path system = ZSTD_CANDIDATES.stream().filter(Files::isReadable).findFirst().orElse(null);
        if (system == null) {
            return null;
        }
        Path dir = home.resolve("native");
        Files.createDirectories(dir);
        Path link = dir.resolve("libzstd.so");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, system);
        return dir;
    }

    @Override
    public void awaitReady(Duration timeout) throws NodeFailedException, InterruptedException {
        String health = endpoint() + "/_cluster/health?wait_for_status=yellow&timeout=1s";
        Readiness.await(process, timeout, Readiness.httpOk(health));
    }

    @Override
    public void close() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
        }
    }
}
