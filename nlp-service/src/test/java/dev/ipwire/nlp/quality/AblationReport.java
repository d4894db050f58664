package dev.ipwire.nlp.quality;

import dev.ipwire.contracts.Enrichment;
import dev.ipwire.contracts.Entity;
import dev.ipwire.contracts.Topic;
import dev.ipwire.nlp.analysis.AnalyzedArticle;
import dev.ipwire.nlp.analysis.ArticleAnalyzer;
import dev.ipwire.nlp.analysis.DomainLexicon;
import dev.ipwire.nlp.analysis.HanlpSegmenter;
import dev.ipwire.nlp.analysis.Sentence;
import dev.ipwire.nlp.analysis.Token;
import dev.ipwire.nlp.enrichment.Enricher;
import dev.ipwire.nlp.entities.EntityExtractor;
import dev.ipwire.nlp.entities.GiProductRecognizer;
import dev.ipwire.nlp.entities.OrganizationRecognizer;
import dev.ipwire.nlp.entities.PersonRecognizer;
import dev.ipwire.nlp.entities.PersonRecognizer.Cue;
import dev.ipwire.nlp.entities.PlaceGazetteer;
import dev.ipwire.nlp.topics.TopicScorer;
import dev.ipwire.stack.quality.EnrichmentScores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each component adds: runs enrichment in process on the articles the end-to-end quality
 * scenario wrote ({@code local-stack/system-tests/target/quality/dev-articles.jsonl}: each dev
 * article as ingest-service parsed it, with its gold labels), once as shipped and once per
 * component taken away, and prints a Markdown table for {@code docs/QUALITY.md}.
 *
 * <p>{@code nlp-service/tools/ablation.sh [dev-articles.jsonl]}
 */
public final class AblationReport {

    private static final List<String> TYPES = List.of("person", "place", "organization");

    /** One row: the entities, topics and products a variant finds for one article. */
    private record Outcome(
            Map<String, Set<String>> entities,
            Set<String> topics,
            String primary,
            Set<String> giProducts) {}

    private record Labeled(String id, String title, List<String> paragraphs, JsonNode gold) {}

    private AblationReport() {}

    public static void main(String[] args) throws Exception {
        Path input =
                Path.of(
                        args.length > 0
                                ? args[0]
                                : "local-stack/system-tests/target/quality/dev-articles.jsonl");
        JsonMapper json = JsonMapper.builder().build();
        List<Labeled> articles = new ArrayList<>();
        for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            List<String> paragraphs = new ArrayList<>();
            node.get("paragraphs").forEach(p -> paragraphs.add(p.asString()));
            articles.add(
                    new Labeled(
                            node.get("id").asString(),
                            node.path("title").asString(""),
                            paragraphs,
                            node.get("gold")));
        }

        DomainLexicon domainTerms = DomainLexicon.load(DomainLexicon.DOMAIN_TERMS);
        ArticleAnalyzer analyzer = new ArticleAnalyzer(new HanlpSegmenter(domainTerms));
        PlaceGazetteer gazetteer = new PlaceGazetteer();
        OrganizationRecognizer organizations = new OrganizationRecognizer(gazetteer, domainTerms);
        GiProductRecognizer products = new GiProductRecognizer(gazetteer);
        TopicScorer topics = new TopicScorer();
        Enricher shipped = Enricher.createDefault();

        Map<String, Function<Labeled, Outcome>> variants = new LinkedHashMap<>();
        variants.put(
                "HanLP out of the box (nr/ns/nt words)",
                article -> hanlpOnly(analyzer.analyze(article.title(), article.paragraphs())));
        variants.put(
                "IPWire as shipped",
                article -> of(shipped.enrich(article.title(), article.paragraphs())));
        for (Cue cue : PersonRecognizer.ALL_CUES.stream().sorted().toList()) {
            Set<Cue> without = EnumSet.copyOf(PersonRecognizer.ALL_CUES);
            without.remove(cue);
            EntityExtractor extractor =
                    new EntityExtractor(
                            organizations, new PersonRecognizer(gazetteer, without), gazetteer);
            variants.put(
                    "persons without " + cue,
                    article -> custom(analyzer, extractor, products, topics, article, true));
        }
        Set<Cue> unfiltered = EnumSet.copyOf(PersonRecognizer.ALL_CUES);
        unfiltered.remove(Cue.HANLP_FILTERED);
        unfiltered.add(Cue.HANLP_UNFILTERED);
        EntityExtractor unfilteredPersons =
                new EntityExtractor(
                        organizations, new PersonRecognizer(gazetteer, unfiltered), gazetteer);
        variants.put(
                "persons: HanLP guesses unfiltered",
                article -> custom(analyzer, unfilteredPersons, products, topics, article, true));
        EntityExtractor standard =
                new EntityExtractor(organizations, new PersonRecognizer(gazetteer), gazetteer);
        variants.put(
                "places: GI product names not excluded",
                article -> custom(analyzer, standard, products, topics, article, false));

        variants.put(
                "topics: primary = highest score (no headline rule)",
                article -> {
                    Outcome shippedOutcome =
                            of(shipped.enrich(article.title(), article.paragraphs()));
                    List<Topic> ranked =
                            topics.assess(analyzer.analyze(article.title(), article.paragraphs()))
                                    .topics();
                    return new Outcome(
                            shippedOutcome.entities(),
                            shippedOutcome.topics(),
                            ranked.isEmpty() ? null : ranked.getFirst().name(),
                            shippedOutcome.giProducts());
                });

        StringBuilder table = new StringBuilder();
        table.append(
                "| variant | person F1 | place F1 | organization F1 | topic macro-F1 | primary |"
                        + " GI F1 |\n|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, Function<Labeled, Outcome>> variant : variants.entrySet()) {
            Map<String, EnrichmentScores.Tally> entities = new LinkedHashMap<>();
            TYPES.forEach(type -> entities.put(type, new EnrichmentScores.Tally()));
            EnrichmentScores.Topics topicScores = new EnrichmentScores.Topics();
            EnrichmentScores.Tally gi = new EnrichmentScores.Tally();
            for (Labeled article : articles) {
                Outcome outcome = variant.getValue().apply(article);
                for (String type : TYPES) {
                    entities.get(type)
                            .add(
                                    EnrichmentScores.nfkc(
                                            strings(article.gold().at("/entities/" + type))),
                                    outcome.entities().get(type));
                }
                topicScores.add(
                        article.id(),
                        new HashSet<>(strings(article.gold().get("topics"))),
                        outcome.topics(),
                        article.gold().path("primaryTopic").isNull()
                                ? null
                                : article.gold().path("primaryTopic").asString(null),
                        outcome.primary());
                gi.add(
                        EnrichmentScores.nfkc(strings(article.gold().get("giProducts"))),
                        outcome.giProducts());
            }
            table.append(
                    String.format(
                            "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                            variant.getKey(),
                            entities.get("person").f1(),
                            entities.get("place").f1(),
                            entities.get("organization").f1(),
                            topicScores.macroF1(),
                            topicScores.primaryAccuracy(),
                            gi.f1()));
        }
        System.out.print(table);
    }

    private static Outcome of(Enrichment enrichment) {
        Map<String, Set<String>> entities = new LinkedHashMap<>();
        entities.put("person", texts(enrichment.entities().person()));
        entities.put("place", texts(enrichment.entities().place()));
        entities.put("organization", texts(enrichment.entities().organization()));
        Set<String> topics = new LinkedHashSet<>();
        enrichment.topics().forEach(topic -> topics.add(topic.name()));
        return new Outcome(
                entities,
                topics,
                enrichment.primaryTopic(),
                EnrichmentScores.nfkc(enrichment.giProducts()));
    }

    private static Outcome custom(
            ArticleAnalyzer analyzer,
            EntityExtractor extractor,
            GiProductRecognizer products,
            TopicScorer topics,
            Labeled labeled,
            boolean excludeProducts) {
        AnalyzedArticle article = analyzer.analyze(labeled.title(), labeled.paragraphs());
        GiProductRecognizer.Found found = products.find(article);
        EntityExtractor.Found entities =
                extractor.extract(article, excludeProducts ? found.spans() : Map.of());
        TopicScorer.Assessment assessment = topics.assess(article);
        Map<String, Set<String>> byType = new LinkedHashMap<>();
        byType.put("person", texts(entities.entities().person()));
        byType.put("place", texts(entities.entities().place()));
        byType.put("organization", texts(entities.entities().organization()));
        Set<String> topicNames = new LinkedHashSet<>();
        assessment.topics().stream().map(Topic::name).forEach(topicNames::add);
        return new Outcome(
                byType, topicNames, assessment.primary(), EnrichmentScores.nfkc(found.products()));
    }

    /** HanLP's recognizers alone: every word it tags as a person, place or organization. */
    private static Outcome hanlpOnly(AnalyzedArticle article) {
        Map<String, Set<String>> entities = new LinkedHashMap<>();
        TYPES.forEach(type -> entities.put(type, new LinkedHashSet<>()));
        for (Sentence sentence : article.sentences()) {
            for (Token token : sentence.tokens()) {
                String type =
                        token.isPerson()
                                ? "person"
                                : token.isPlace()
                                        ? "place"
                                        : token.isOrganization() ? "organization" : null;
                if (type != null && token.text().length() >= 2) {
                    entities.get(type)
                            .add(
                                    EnrichmentScores.nfkc(
                                            sentence.text()
                                                    .originalAt(token.start(), token.end())));
                }
            }
        }
        return new Outcome(entities, Set.of(), null, Set.of());
    }

    private static Set<String> texts(List<Entity> entities) {
        return EnrichmentScores.nfkc(entities.stream().map(Entity::text).toList());
    }

    private static List<String> strings(JsonNode items) {
        List<String> strings = new ArrayList<>();
        if (items != null && items.isArray()) {
            items.forEach(item -> strings.add(item.asString()));
        }
        return strings;
    }
}
