package dev.ipwire.nlp.topics;

import dev.ipwire.contracts.Topic;
import dev.ipwire.nlp.analysis.AnalyzedArticle;
import dev.ipwire.nlp.analysis.Sentence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Scores the three topics from weighted cue terms, sentence by sentence, and keeps the sentences
 * and terms that carried each label as its evidence.
 *
 * <p>A topic is labeled when its cues add up to {@link #LABEL_THRESHOLD} over at least two
 * sentences, or when the title carries it: a single passing mention is not enough. The primary
 * topic is the one the headline (title and deck) leans to, because Chinese news states its subject
 * there; the body's weight decides only when the headline names none or ties.
 */
@Component
public class TopicScorer {

    static final String CUES = "/ipwire/nlp/topic-cues.tsv";
    static final double LABEL_THRESHOLD = 6.0;
    static final double TITLE_WEIGHT = 2.0;
    static final double LEAD_WEIGHT = 1.5;
    static final int LEAD_PARAGRAPHS = 2;
    static final int EVIDENCE_SENTENCES = 3;

    private final List<TopicCue> cues;

    public TopicScorer() {
        this.cues = load();
    }

    /**
     * The outcome for one article.
     *
     * @param topics the labeled topics, highest score first
     * @param primary the labeled topic the article is mainly about, or null when none is labeled
     */
    public record Assessment(List<Topic> topics, String primary) {}

    public Assessment assess(AnalyzedArticle article) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (String name : Topic.NAMES) {
            tallies.put(name, new Tally(name));
        }
        for (Sentence sentence : article.sentences()) {
            Map<String, Double> weights = new LinkedHashMap<>();
            Map<String, Set<String>> terms = new LinkedHashMap<>();
            for (TopicCue cue : cues) {
                if (sentence.simplified().contains(cue.term())) {
                    weights.merge(cue.topic(), cue.weight(), Double::sum);
                    terms.computeIfAbsent(cue.topic(), t -> new LinkedHashSet<>()).add(cue.term());
                }
            }
            weights.forEach(
                    (topic, weight) -> tallies.get(topic).add(sentence, weight, terms.get(topic)));
        }
        List<Tally> labeled = tallies.values().stream().filter(Tally::labels).toList();
        List<Topic> topics =
                labeled.stream()
                        .map(tally -> new Topic(tally.name, tally.score(), tally.evidence()))
                        .sorted(Comparator.comparingDouble(Topic::score).reversed())
                        .toList();
        String primary =
                labeled.stream()
                        .max(
                                Comparator.comparingDouble((Tally tally) -> tally.headline)
                                        .thenComparingDouble(tally -> tally.total))
                        .map(tally -> tally.name)
                        .orElse(null);
        return new Assessment(topics, primary);
    }

    /**
     * How much a sentence says about what the article is about: the title most, then the deck and
     * lead paragraph, which news writing front-loads.
     */
    static double prominence(Sentence sentence) {
        if (sentence.isTitle()) {
            return TITLE_WEIGHT;
        }
        return sentence.paragraph() < LEAD_PARAGRAPHS ? LEAD_WEIGHT : 1.0;
    }

    /**
     * Whether a sentence belongs to the headline: the title, or a deck (the dash-led subtitle that
     * print layouts put under it).
     */
    static boolean isHeadline(Sentence sentence) {
        return sentence.isTitle()
                || (sentence.paragraph() == 0
                        && DECK_DASH.matcher(sentence.original()).lookingAt());
    }

    private static final Pattern DECK_DASH = Pattern.compile("\\s*(——|—|--)");

    private static List<TopicCue> load() {
        try (InputStream in = TopicScorer.class.getResourceAsStream(CUES)) {
            if (in == null) {
                throw new IllegalStateException(CUES + " is not on the class path");
            }
            List<TopicCue> cues = new ArrayList<>();
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                cues.add(new TopicCue(fields[0], fields[1], Double.parseDouble(fields[2])));
            }
            return List.copyOf(cues);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Running score of one topic over an article. */
    private static final class Tally {
        private final String name;
        private double total;
        private double headline;
        private boolean inTitle;
        private final Map<Sentence, Double> sentences = new LinkedHashMap<>();
        private final Set<String> terms = new LinkedHashSet<>();

        Tally(String name) {
            this.name = name;
        }

        void add(Sentence sentence, double weight, Set<String> cueTerms) {
            double weighted = weight * prominence(sentence);
            total += weighted;
            if (isHeadline(sentence)) {
                headline += weight;
            }
            inTitle |= sentence.isTitle();
            sentences.merge(sentence, weighted, Double::sum);
            terms.addAll(cueTerms);
        }

        boolean labels() {
            return (total >= LABEL_THRESHOLD && sentences.size() >= 2)
                    || (inTitle && total >= LABEL_THRESHOLD / 2);
        }

        double score() {
            return Math.round((1 - Math.exp(-total / 8.0)) * 1000) / 1000.0;
        }

        List<String> evidence() {
            List<String> evidence = new ArrayList<>(terms);
            sentences.entrySet().stream()
                    .sorted(Map.Entry.<Sentence, Double>comparingByValue().reversed())
                    .limit(EVIDENCE_SENTENCES)
                    .forEach(e -> evidence.add(e.getKey().original()));
            return evidence;
        }
    }
}
