package dev.ipwire.system.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.hankcs.hanlp.HanLP;
import dev.ipwire.stack.StackConfig;
import dev.ipwire.stack.StackLayout;
import dev.ipwire.stack.cli.IpwireSystem;
import dev.ipwire.stack.cli.Services;
import dev.ipwire.stack.quality.EnrichmentScores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The enrichment quality targets, measured end to end on the labeled dev corpus ({@code
 * ../shared/corpus/dev}, skipped when it is absent): every article is posted to ingest-service as a
 * newsroom would send it, read back from search-service once enriched, and scored the way {@code
 * pipeline_eval.py} scores it. The same articles converted to 繁體 must be classified as well.
 *
 * <p>Writes {@code target/quality/dev-report.txt} (the figures, top misses) and {@code
 * target/quality/dev-articles.jsonl} (each article as parsed, with its gold labels) for the
 * in-process ablation tool of nlp-service (see docs/QUALITY.md).
 */
class DevCorpusQualityIT {

    static final double PERSON_F1 = 0.92;
    static final double PLACE_F1 = 0.92;
    static final double ORGANIZATION_F1 = 0.85;
    static final double TOPIC_MACRO_F1 = 0.98;
    static final double PRIMARY_ACCURACY = 0.97;
    static final double AMOUNTS_F1 = 0.90;
    static final double GI_PRODUCTS_F1 = 0.90;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
    private static final List<String> ENTITY_TYPES = List.of("person", "place", "organization");

    private static Path corpus;
    private static IpwireSystem system;
    private static String ingest;
    private static String search;

    @BeforeAll
    static void startTheSystem() throws Exception {
        corpus =
                Path.of(System.getProperty("ipwire.stack.home", "../local-stack"))
                        .toAbsolutePath()
                        .getParent()
                        .getParent()
                        .resolve("shared/corpus/dev/articles.jsonl")
                        .normalize();
        assumeThat(corpus).as("the labeled dev corpus (../shared/corpus/dev)").exists();
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "quality-");
        int ingestPort = StackConfig.freePort();
        int nlpPort = StackConfig.freePort();
        int searchPort = StackConfig.freePort();
        system =
                IpwireSystem.start(
                        StackConfig.forTests(home),
                        StackLayout.discover(),
                        (kafka, es) -> Services.specs(kafka, es, ingestPort, nlpPort, searchPort));
        ingest = system.url("ingest-service");
        search = system.url("search-service");
    }

    @AfterAll
    static void stopTheSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void theDevCorpusMeetsTheEnrichmentTargetsIn简体And繁體() throws Exception {
        List<JsonNode> articles = new ArrayList<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                articles.add(JSON.readTree(line));
            }
        }
        Map<String, String> simplifiedIds = post(articles, false);
        Map<String, String> traditionalIds = post(articles, true);
        Map<String, JsonNode> simplified = awaitEnriched(simplifiedIds);
        Map<String, JsonNode> traditional = awaitEnriched(traditionalIds);

        Map<String, EnrichmentScores.Tally> entities = new LinkedHashMap<>();
        ENTITY_TYPES.forEach(type -> entities.put(type, new EnrichmentScores.Tally()));
        EnrichmentScores.Topics topics = new EnrichmentScores.Topics();
        EnrichmentScores.Topics traditionalTopics = new EnrichmentScores.Topics();
        EnrichmentScores.Amounts amounts = new EnrichmentScores.Amounts();
        EnrichmentScores.Tally giProducts = new EnrichmentScores.Tally();
        StringBuilder parsed = new StringBuilder();
        for (JsonNode article : articles) {
            String id = article.get("id").asString();
            JsonNode gold = article.get("gold");
            JsonNode doc = simplified.get(id);
            for (String type : ENTITY_TYPES) {
                entities.get(type)
                        .add(
                                EnrichmentScores.nfkc(strings(gold.at("/entities/" + type), null)),
                                EnrichmentScores.nfkc(
                                        strings(doc.at("/entities/" + type), "text")));
            }
            Set<String> goldTopics = new HashSet<>(strings(gold.get("topics"), null));
            String goldPrimary = text(gold.get("primaryTopic"));
            topics.add(
                    id,
                    goldTopics,
                    new HashSet<>(strings(doc.get("topics"), "name")),
                    goldPrimary,
                    text(doc.get("primaryTopic")));
            JsonNode hant = traditional.get(id);
            traditionalTopics.add(
                    id,
                    goldTopics,
                    new HashSet<>(strings(hant.get("topics"), "name")),
                    goldPrimary,
                    text(hant.get("primaryTopic")));
            amounts.add(id, figures(gold.get("amounts")), figures(doc.get("amounts")));
            giProducts.add(
                    EnrichmentScores.nfkc(strings(gold.get("giProducts"), null)),
                    EnrichmentScores.nfkc(strings(doc.get("giProducts"), null)));
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("id", id);
            record.put("title", text(doc.get("title")));
            record.put("paragraphs", doc.get("paragraphs"));
            record.put("gold", gold);
            parsed.append(JSON.writeValueAsString(record)).append('\n');
        }

        StringBuilder report = new StringBuilder();
        entities.forEach(
                (type, tally) ->
                        report.append(type).append(": ").append(tally.describe()).append('\n'));
        report.append(
                String.format(
                        "topics: macroF1=%.3f primary=%.3f wrong=%s%n",
                        topics.macroF1(), topics.primaryAccuracy(), topics.primaryWrong()));
        report.append(
                String.format(
                        "topics 繁體: macroF1=%.3f primary=%.3f wrong=%s%n",
                        traditionalTopics.macroF1(),
                        traditionalTopics.primaryAccuracy(),
                        traditionalTopics.primaryWrong()));
        report.append(
                String.format(
                        "amounts: %s about=%d/%d%n",
                        amounts.tally().describe(),
                        amounts.aboutRight(),
                        amounts.tally().truePositives()));
        report.append("giProducts: ").append(giProducts.describe()).append('\n');
        Path out = Path.of("target/quality");
        Files.createDirectories(out);
        Files.writeString(out.resolve("dev-report.txt"), report);
        Files.writeString(out.resolve("dev-articles.jsonl"), parsed);
        System.out.println(report);

        SoftAssertions targets = new SoftAssertions();
        targets.assertThat(entities.get("person").f1())
                .as("person F1")
                .isGreaterThanOrEqualTo(PERSON_F1);
        targets.assertThat(entities.get("place").f1())
                .as("place F1")
                .isGreaterThanOrEqualTo(PLACE_F1);
        targets.assertThat(entities.get("organization").f1())
                .as("organization F1")
                .isGreaterThanOrEqualTo(ORGANIZATION_F1);
        targets.assertThat(topics.macroF1())
                .as("topic macro-F1")
                .isGreaterThanOrEqualTo(TOPIC_MACRO_F1);
        targets.assertThat(topics.primaryAccuracy())
                .as("primary topic accuracy")
                .isGreaterThanOrEqualTo(PRIMARY_ACCURACY);
        targets.assertThat(traditionalTopics.macroF1())
                .as("topic macro-F1 on the 繁體 copies")
                .isGreaterThanOrEqualTo(TOPIC_MACRO_F1);
        targets.assertThat(traditionalTopics.primaryAccuracy())
                .as("primary topic accuracy on the 繁體 copies")
                .isGreaterThanOrEqualTo(PRIMARY_ACCURACY);
        targets.assertThat(amounts.tally().f1())
                .as("amounts F1")
                .isGreaterThanOrEqualTo(AMOUNTS_F1);
        targets.assertThat(giProducts.f1())
                .as("GI products F1")
                .isGreaterThanOrEqualTo(GI_PRODUCTS_F1);
        targets.assertAll();
    }

    /**
     * Posts every article as a newsroom would; the id of each (the first part of a compilation).
     */
    private static Map<String, String> post(List<JsonNode> articles, boolean traditional)
            throws Exception {
        Map<String, String> ids = new LinkedHashMap<>();
        for (JsonNode article : articles) {
            String raw = article.get("raw").asString();
            String content = traditional ? HanLP.convertToTraditionalChinese(raw) : raw;
            HttpResponse<String> response =
                    HTTP.send(
                            HttpRequest.newBuilder(URI.create(ingest + "/api/v1/articles"))
                                    .header("Content-Type", "application/json")
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    JSON.writeValueAsString(
                                                            Map.of("content", content))))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode())
                    .as("posting %s: %s", article.get("id"), response.body())
                    .isIn(200, 201, 202);
            JsonNode answer = JSON.readTree(response.body());
            JsonNode parts = answer.path("parts");
            JsonNode first = parts.isArray() && !parts.isEmpty() ? parts.get(0) : answer;
            ids.put(article.get("id").asString(), first.get("id").asString());
        }
        return ids;
    }

    private static Map<String, JsonNode> awaitEnriched(Map<String, String> ids) throws Exception {
        Map<String, JsonNode> enriched = new LinkedHashMap<>();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        for (Map.Entry<String, String> entry : ids.entrySet()) {
            URI uri = URI.create(search + "/api/v1/articles/" + entry.getValue());
            while (true) {
                HttpResponse<String> response =
                        HTTP.send(
                                HttpRequest.newBuilder(uri).GET().build(),
                                HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    enriched.put(entry.getKey(), JSON.readTree(response.body()));
                    break;
                }
                assertThat(Instant.now())
                        .as("%s enriched and searchable", entry.getKey())
                        .isBefore(deadline);
                Thread.sleep(200);
            }
        }
        return enriched;
    }

    private static List<EnrichmentScores.Figure> figures(JsonNode items) {
        List<EnrichmentScores.Figure> figures = new ArrayList<>();
        for (JsonNode item : items == null ? JSON.createArrayNode() : items) {
            figures.add(
                    new EnrichmentScores.Figure(
                            item.get("yuan").asDouble(),
                            item.path("about").asString(""),
                            item.path("text").asString("")));
        }
        return figures;
    }

    private static List<String> strings(JsonNode items, String field) {
        List<String> strings = new ArrayList<>();
        if (items == null || !items.isArray()) {
            return strings;
        }
        for (JsonNode item : items) {
            strings.add(
                    field == null || !item.isObject()
                            ? item.asString()
                            : item.get(field).asString());
        }
        return strings;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asString();
    }
}
