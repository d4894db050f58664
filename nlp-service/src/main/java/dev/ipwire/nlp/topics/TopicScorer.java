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
import org.springframework.stereotype.Component;

/**
 * Scores the three topics from weighted cue terms, sentence by sentence, and keeps the sentences
 * and terms that carried each label as its evidence.
 *
 * <p>A topic is labeled when its cues add up to {@link #LABEL_THRESHOLD} over at least two
 * sentences, or when the title carries it: a single passing mention is not enough.
 */
@Component
public class TopicScorer {

    static final String CUES = "/ipwire/nlp/topic-cues.tsv";
    static final double LABEL_THRESHOLD = 6.0;
    static final double TITLE_WEIGHT = 2.0;
    static final int EVIDENCE_SENTENCES = 3;

    private final List<TopicCue> cues;

    public TopicScorer() {
        this.cues = load();
    }

    /** The labeled topics, highest score first. */
    public List<Topic> score(AnalyzedArticle article) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (String name : Topic.NAMES) {
            tallies.put(name, new Tally());
        }
        for (Sentence sentence : article.sentences()) {
            Map<String, Double> weights = new LinkedHashMap<>();
            Map<String, Set<String>> terms = new LinkedHashMap<>();
            for (TopicCue cue : cues) {
                if (sentence.simplified().contains(cue.term())) {
                    double weight = cue.weight() * (sentence.isTitle() ? TITLE_WEIGHT : 1.0);
                    weights.merge(cue.topic(), weight, Double::sum);
                    terms.computeIfAbsent(cue.topic(), t -> new LinkedHashSet<>()).add(cue.term());
                }
            }
            weights.forEach(
                    (topic, weight) -> tallies.get(topic).add(sentence, weight, terms.get(topic)));
        }
        List<Topic> topics = new ArrayList<>();
        tallies.forEach(
                (name, tally) -> {
                    if (tally.labels()) {
                        topics.add(new Topic(name, tally.score(), tally.evidence()));
                    }
                });
        topics.sort(Comparator.comparingDouble(Topic::score).reversed());
        return topics;
    }

    /** The topic with the highest score, or null when none was labeled. */
    public static String primary(List<Topic> topics) {
        return topics.isEmpty() ? null : topics.getFirst().name();
    }

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
        private double total;
        private boolean inTitle;
        private final Map<Sentence, Double> sentences = new LinkedHashMap<>();
        private final Set<String> terms = new LinkedHashSet<>();

        void add(Sentence sentence, double weight, Set<String> cueTerms) {
            total += weight;
            inTitle |= sentence.isTitle();
            sentences.merge(sentence, weight, Double::sum);
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
