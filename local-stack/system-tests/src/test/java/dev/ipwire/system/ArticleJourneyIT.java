package dev.ipwire.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.stack.StackConfig;
import dev.ipwire.stack.StackLayout;
import dev.ipwire.stack.cli.IpwireSystem;
import dev.ipwire.stack.cli.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * An article's journey through the whole system as {@code ./ipwire up} runs it: a real Kafka
 * broker, a real Elasticsearch node and the three service jars, each its own process.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArticleJourneyIT {

    /** Written for this test: a financing story with a reporter, an official and places. */
    static final String ARTICLE =
            String.join(
                    "\n",
                    "苏州设立知识产权质押融资风险补偿资金池",
                    "本报讯（记者 张海峰）12月3日，苏州市知识产权局与中国银行苏州分行签署合作协议，设立规模2亿元的知识产权质押融资风险补偿资金池。",
                    "苏州市知识产权局局长李建国表示，资金池将为科技型中小企业的专利质押贷款增信，预计每年帮助300家企业获得银行贷款。",
                    "据介绍，今年以来江苏省专利质押融资金额持续增长，苏州全市专利质押融资金额达到56.3亿元。");

    private static final Http http = new Http();
    private static IpwireSystem system;
    private static List<Long> processIds;
    private static String ingest;
    private static String search;

    @BeforeAll
    static void startTheSystem() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "system-");
        StackConfig config = StackConfig.forTests(home);
        int ingestPort = StackConfig.freePort();
        int nlpPort = StackConfig.freePort();
        int searchPort = StackConfig.freePort();
        system =
                IpwireSystem.start(
                        config,
                        StackLayout.discover(),
                        (kafka, es) -> Services.specs(kafka, es, ingestPort, nlpPort, searchPort));
        ingest = system.url("ingest-service");
        search = system.url("search-service");
        processIds = new ArrayList<>();
        processIds.add(system.stack().kafka().pid());
        processIds.add(system.stack().elasticsearch().pid());
        system.services().processes().forEach(p -> processIds.add(p.pid()));
    }

    @AfterAll
    static void stopTheSystemAndLeaveNothingBehind() {
        if (system != null) {
            system.close();
            assertThat(processIds)
                    .allSatisfy(
                            pid ->
                                    assertThat(
                                                    ProcessHandle.of(pid)
                                                            .map(ProcessHandle::isAlive)
                                                            .orElse(false))
                                            .as("process %d still alive after stop", pid)
                                            .isFalse());
        }
    }

    @Test
    @Order(1)
    void aPostedArticleBecomesSearchableWithItsEnrichment() throws Exception {
        Http.Response posted =
                http.postJson(ingest + "/api/v1/articles", Map.of("content", ARTICLE));

        assertThat(posted.status()).as(posted.body()).isEqualTo(202);
        String id = posted.json().get("id").asString();
        assertThat(posted.json().get("title").asString()).isEqualTo("苏州设立知识产权质押融资风险补偿资金池");
        assertThat(posted.headers().get("location")).isEqualTo(search + "/api/v1/articles/" + id);

        JsonNode hit = awaitHit("质押融资", id, Duration.ofSeconds(60));
        assertThat(hit.get("highlights").toString()).contains("<em>");

        JsonNode article = http.get(search + "/api/v1/articles/" + id).json();
        assertThat(texts(article.at("/entities/person"))).contains("李建国");
        assertThat(texts(article.at("/entities/place"))).anyMatch(place -> place.startsWith("苏州"));
        assertThat(article.at("/regions").toString()).contains("江苏省");
        JsonNode financing = topic(article, "financing");
        assertThat(financing).as("financing topic in %s", article.get("topics")).isNotNull();
        assertThat(financing.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(texts(financing.get("evidence"))).isNotEmpty().anyMatch(e -> e.contains("质押"));
        assertThat(article.get("primaryTopic").asString()).isEqualTo("financing");
        assertThat(article.get("nlpVersion").asString()).startsWith("nlp-");
    }

    @Test
    @Order(2)
    void sendingTheSameArticleAgainKeepsOneArticleWithAHigherRevision() throws Exception {
        Http.Response first =
                http.postJson(ingest + "/api/v1/articles", Map.of("content", ARTICLE));
        Http.Response second =
                http.postJson(ingest + "/api/v1/articles", Map.of("content", ARTICLE));

        assertThat(second.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        long revision = second.json().get("revision").asLong();
        assertThat(revision).isGreaterThan(first.json().get("revision").asLong());
        String id = second.json().get("id").asString();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)
                && http.get(search + "/api/v1/articles/" + id).json().path("revision").asLong()
                        < revision) {
            Thread.sleep(200);
        }
        assertThat(http.get(search + "/api/v1/articles/" + id).json().get("revision").asLong())
                .isEqualTo(revision);
        JsonNode results = http.get(search + "/api/v1/search?q=" + Http.query("风险补偿资金池")).json();
        assertThat(results.get("hits").findValuesAsString("id").stream().filter(id::equals))
                .hasSize(1);
    }

    @Test
    @Order(3)
    void badInputGetsAProblemThatSaysWhatToFix() throws Exception {
        Http.Response empty = http.postJson(ingest + "/api/v1/articles", Map.of("content", "   "));
        Http.Response malformed =
                http.post(ingest + "/api/v1/articles", "application/json", "{\"content\": ");
        Http.Response unknownTopic = http.get(search + "/api/v1/search?q=x&topic=weather");
        Http.Response unknownArticle = http.get(search + "/api/v1/articles/no-such-article");

        for (Http.Response problem : List.of(empty, malformed, unknownTopic, unknownArticle)) {
            assertThat(problem.contentType()).startsWith("application/problem+json");
            assertThat(problem.json().get("detail").asString())
                    .isNotBlank()
                    .doesNotContain("Exception");
        }
        assertThat(empty.status()).isEqualTo(400);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(unknownTopic.status()).isEqualTo(400);
        assertThat(unknownTopic.json().get("detail").asString()).contains("protection");
        assertThat(unknownArticle.status()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void everyServiceLogsTheArticleUnderTheTraceIdIngestGaveIt() throws Exception {
        String marked = ARTICLE.replace("苏州设立", "追踪苏州设立") + "\n追踪编号 " + System.nanoTime() + "。";
        Http.Response posted =
                http.postJson(ingest + "/api/v1/articles", Map.of("content", marked));
        assertThat(posted.status()).as(posted.body()).isEqualTo(202);
        String id = posted.json().get("id").asString();
        String traceId = posted.headers().get("x-request-id");
        assertThat(traceId).as("X-Request-Id of the answer").matches("[0-9a-f]{32}");

        // Indexed means search logged it; each service's log file must then name the article
        // only in lines that also carry its trace id.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (http.get(search + "/api/v1/articles/" + id).status() != 200
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(http.get(search + "/api/v1/articles/" + id).status()).isEqualTo(200);
        for (var service : system.services().processes()) {
            List<String> aboutTheArticle = List.of();
            while (Instant.now().isBefore(deadline)) {
                aboutTheArticle =
                        Files.readAllLines(service.logFile()).stream()
                                .filter(line -> line.contains(id))
                                .toList();
                if (!aboutTheArticle.isEmpty()) {
                    break;
                }
                Thread.sleep(200);
            }
            assertThat(aboutTheArticle)
                    .as("%s log lines naming article %s", service.name(), id)
                    .isNotEmpty()
                    .allMatch(line -> line.contains("[trace=" + traceId + " article=" + id + "]"));
        }
    }

    private static JsonNode awaitHit(String query, String id, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            JsonNode results = http.get(search + "/api/v1/search?q=" + Http.query(query)).json();
            for (JsonNode hit : results.path("hits")) {
                if (id.equals(hit.get("id").asString())) {
                    return hit;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError(
                "article " + id + " not found by q=" + query + " within " + timeout);
    }

    private static JsonNode topic(JsonNode article, String name) {
        for (JsonNode topic : article.get("topics")) {
            if (name.equals(topic.get("name").asString())) {
                return topic;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode items) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : items) {
            texts.add(item.isObject() ? item.get("text").asString() : item.asString());
        }
        return texts;
    }
}
