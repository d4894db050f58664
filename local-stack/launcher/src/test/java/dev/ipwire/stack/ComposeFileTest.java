package dev.ipwire.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run on a machine without a Docker engine, so it is checked here: its
 * shape (pinned images matching the local stack, health checks, start order, a scalable
 * nlp-service) and, when Debian's docker-compose is installed, a real parse by Compose itself.
 */
class ComposeFileTest {

    private static final Path COMPOSE =
            StackLayout.discover().projectRoot().resolve("docker-compose.yml");
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws Exception {
        try (Reader reader = Files.newBufferedReader(COMPOSE)) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @Test
    void runsTheSameVersionsAsTheLocalStack() {
        assertThat(services.get("kafka").get("image")).isEqualTo("apache/kafka:4.1.2");
        assertThat(services.get("elasticsearch").get("image"))
                .isEqualTo("docker.elastic.co/elasticsearch/elasticsearch:9.5.3");
    }

    @Test
    void everyServiceIsBuiltFromTheRepositoryAndHasItsDockerfile() {
        for (String name : List.of("ingest-service", "nlp-service", "search-service")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> build = (Map<String, Object>) services.get(name).get("build");
            assertThat(build)
                    .as(name)
                    .containsEntry("context", ".")
                    .containsEntry("dockerfile", name + "/Dockerfile");
            assertThat(COMPOSE.resolveSibling(name).resolve("Dockerfile")).exists();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void servicesStartOnlyWhenWhatTheyNeedIsHealthy() {
        assertThat(services.get("kafka")).containsKey("healthcheck");
        assertThat(services.get("elasticsearch")).containsKey("healthcheck");
        for (String name : List.of("ingest-service", "nlp-service", "search-service")) {
            Map<String, Map<String, String>> dependsOn =
                    (Map<String, Map<String, String>>) services.get(name).get("depends_on");
            assertThat(dependsOn).as(name).containsKey("kafka");
            dependsOn
                    .values()
                    .forEach(c -> assertThat(c).containsEntry("condition", "service_healthy"));
        }
        Map<String, Map<String, String>> searchNeeds =
                (Map<String, Map<String, String>>) services.get("search-service").get("depends_on");
        assertThat(searchNeeds).containsKey("elasticsearch");
    }

    @Test
    @SuppressWarnings("unchecked")
    void elasticsearchRunsWithSecurityAndSearchServiceLogsInWithTheSamePassword() {
        Map<String, String> es =
                (Map<String, String>) services.get("elasticsearch").get("environment");
        assertThat(es).containsEntry("xpack.security.enabled", "true");
        assertThat(es.get("ELASTIC_PASSWORD")).startsWith("${ELASTIC_PASSWORD:?");
        assertThat(services.get("elasticsearch").get("healthcheck").toString())
                .contains("-u elastic:$${ELASTIC_PASSWORD}");

        Map<String, String> search =
                (Map<String, String>) services.get("search-service").get("environment");
        assertThat(search).containsEntry("SPRING_ELASTICSEARCH_USERNAME", "elastic");
        assertThat(search.get("SPRING_ELASTICSEARCH_PASSWORD")).startsWith("${ELASTIC_PASSWORD:?");
        assertThat(search.get("SPRING_ELASTICSEARCH_URIS")).isEqualTo("http://elasticsearch:9200");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceGetsTheApiKeysItChecks() {
        Map<String, List<String>> keysOf =
                Map.of(
                        "ingest-service",
                                List.of(
                                        "IPWIRE_INGEST_KEY",
                                        "IPWIRE_SEARCH_KEY",
                                        "IPWIRE_ADMIN_KEY"),
                        "nlp-service", List.of("IPWIRE_INGEST_KEY", "IPWIRE_ADMIN_KEY"),
                        "search-service", List.of("IPWIRE_SEARCH_KEY", "IPWIRE_ADMIN_KEY"));
        keysOf.forEach(
                (service, keys) -> {
                    Map<String, String> environment =
                            (Map<String, String>) services.get(service).get("environment");
                    for (String key : keys) {
                        assertThat(environment).as(service).containsEntry(key, "${" + key + ":-}");
                    }
                });
        assertThat((Map<String, String>) services.get("search-service").get("environment"))
                .containsEntry("IPWIRE_SEARCH_READS", "${IPWIRE_SEARCH_READS:-keyed}");
    }

    @Test
    void nlpServiceCanBeScaledBecauseItPublishesNoHostPort() {
        assertThat(services.get("nlp-service")).doesNotContainKey("ports");
        assertThat(services.get("ingest-service").get("ports").toString()).contains("8081:8081");
        assertThat(services.get("search-service").get("ports").toString()).contains("8083:8083");
    }

    @Test
    void composeItselfAcceptsTheFile() throws Exception {
        assumeTrue(
                onPath("docker-compose"),
                "Debian's docker-compose is not installed (.ci/run installs it)");
        Process process =
                new ProcessBuilder("docker-compose", "-f", COMPOSE.toString(), "config", "-q")
                        .redirectErrorStream(true)
                        .start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // Without ELASTIC_PASSWORD Compose refuses to start and says why: the file is otherwise
        // valid.
        if (System.getenv("ELASTIC_PASSWORD") == null) {
            assertThat(output).contains("set ELASTIC_PASSWORD");
        } else {
            assertThat(process.exitValue()).as(output).isZero();
        }
    }

    private static boolean onPath(String command) {
        for (String dir :
                System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
