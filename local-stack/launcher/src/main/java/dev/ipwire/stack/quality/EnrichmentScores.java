package dev.ipwire.stack.quality;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Enrichment quality metrics, computed the way {@code ../shared/tools/pipeline_eval.py} computes
 * them, for the end-to-end quality scenario and nlp-service's ablation tool: micro P/R/F1 over
 * NFKC-exact distinct surface forms per article, topic macro-F1 over the topics that occur, primary
 * accuracy, amounts matched one to one by yuan within 0.5 %.
 */
public final class EnrichmentScores {

    /** Counts of one micro-averaged measure, with the commonest misses and false alarms. */
    public static final class Tally {
        private int truePositives;
        private int falsePositives;
        private int falseNegatives;
        final Map<String, Integer> spurious = new TreeMap<>();
        final Map<String, Integer> missed = new TreeMap<>();

        public void add(Set<String> gold, Set<String> found) {
            for (String item : found) {
                if (gold.contains(item)) {
                    truePositives++;
                } else {
                    falsePositives++;
                    spurious.merge(item, 1, Integer::sum);
                }
            }
            for (String item : gold) {
                if (!found.contains(item)) {
                    falseNegatives++;
                    missed.merge(item, 1, Integer::sum);
                }
            }
        }

        public int truePositives() {
            return truePositives;
        }

        public double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            int relevant = truePositives + falseNegatives;
            return relevant == 0 ? 0 : (double) truePositives / relevant;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public boolean defined() {
            return truePositives + falsePositives + falseNegatives > 0;
        }

        public String describe() {
            return String.format(
                    "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d) spurious=%s missed=%s",
                    precision(),
                    recall(),
                    f1(),
                    truePositives,
                    falsePositives,
                    falseNegatives,
                    top(spurious),
                    top(missed));
        }

        private static List<String> top(Map<String, Integer> counts) {
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(8)
                    .map(e -> e.getKey() + "×" + e.getValue())
                    .toList();
        }
    }

    /** Per-topic tallies, macro-F1 and primary accuracy. */
    public static final class Topics {
        final Map<String, Tally> perTopic = new LinkedHashMap<>();
        int articles;
        int primaryRight;
        private final List<String> primaryWrong = new ArrayList<>();

        public void add(
                String id,
                Set<String> gold,
                Set<String> found,
                String goldPrimary,
                String primary) {
            for (String topic : List.of("protection", "financing", "geographic_indication")) {
                perTopic.computeIfAbsent(topic, t -> new Tally())
                        .add(
                                gold.contains(topic) ? Set.of(id) : Set.of(),
                                found.contains(topic) ? Set.of(id) : Set.of());
            }
            articles++;
            if (java.util.Objects.equals(goldPrimary, primary)) {
                primaryRight++;
            } else {
                primaryWrong.add(id + ": gold " + goldPrimary + " system " + primary);
            }
        }

        public double macroF1() {
            return perTopic.values().stream()
                    .filter(Tally::defined)
                    .mapToDouble(Tally::f1)
                    .average()
                    .orElse(0);
        }

        /** The articles whose primary topic was wrong, with gold and system answers. */
        public List<String> primaryWrong() {
            return List.copyOf(primaryWrong);
        }

        public double primaryAccuracy() {
            return articles == 0 ? 0 : (double) primaryRight / articles;
        }
    }

    /** A money figure: its value in yuan and what it is about. */
    public record Figure(double yuan, String about, String text) {}

    /** Amounts: one-to-one by value within 0.5 %, per article. */
    public static final class Amounts {
        private final Tally tally = new Tally();
        private int aboutRight;

        public Tally tally() {
            return tally;
        }

        /** How many matched figures also have the right {@code about}. */
        public int aboutRight() {
            return aboutRight;
        }

        public void add(String id, List<Figure> gold, List<Figure> found) {
            List<Figure> left = new ArrayList<>(found);
            for (Figure expected : gold) {
                Figure best = null;
                for (Figure candidate : left) {
                    double distance = Math.abs(candidate.yuan() - expected.yuan());
                    if (distance <= 0.005 * Math.abs(expected.yuan())
                            && (best == null
                                    || distance < Math.abs(best.yuan() - expected.yuan()))) {
                        best = candidate;
                    }
                }
                if (best != null) {
                    left.remove(best);
                    tally.truePositives++;
                    if (expected.about().equals(best.about())) {
                        aboutRight++;
                    }
                } else {
                    tally.falseNegatives++;
                    tally.missed.merge(id + " " + expected.text(), 1, Integer::sum);
                }
            }
            tally.falsePositives += left.size();
            left.forEach(f -> tally.spurious.merge(id + " " + f.text(), 1, Integer::sum));
        }
    }

    public static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    public static Set<String> nfkc(List<String> texts) {
        Set<String> normalized = new HashSet<>();
        texts.forEach(text -> normalized.add(nfkc(text)));
        return normalized;
    }

    private EnrichmentScores() {}
}
