package dev.ipwire.ingest.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the earlier article a text republishes: another outlet's version, another format, small
 * edits. Plain Java, thread-safe.
 *
 * <p>How: boilerplate is cut ({@link Boilerplate} patterns, and sentences that {@value
 * #BOILERPLATE_STORIES} or more earlier stories share verbatim, see {@link SentenceFrequencies});
 * the rest is normalized and cut into character 5-shingles ({@link Fingerprints}); a MinHash
 * signature of {@value #HASHES} values ({@link MinHash}) is looked up through LSH bands ({@link
 * MinHashIndex}) and every candidate whose estimated Jaccard similarity reaches {@link #THRESHOLD}
 * is a match. A match that is itself a republication stands for the article it republishes, and the
 * earliest-received of the matched originals wins, so every copy of a story points at the first.
 *
 * <p>Memory per indexed article: the signature (512 bytes) and its sketch (128), one chain link and
 * about one table entry per band (~0.9 KB for 64 bands), its sentence hashes when it is an original
 * (~100 bytes): about 1.7 KB. At most {@code maxArticles} articles are indexed; the oldest leave
 * first.
 */
final class NearDuplicateDetector {

    /** MinHash values per signature. */
    static final int HASHES = 128;

    /**
     * LSH bands of {@link #ROWS} rows: a pair of similarity s becomes a candidate with probability
     * {@code 1 - (1 - s^2)^64}: 0.93 at the threshold (0.20), 0.98 at 0.25, 0.9999 at 0.45 (the
     * weaker true pair of the dev corpus, which shares 15 of the 64 bands); the unrelated pairs of
     * the dev corpus (s at most 0.04) share none. 32 bands of 4 rows would find a pair at s = 0.45
     * only with probability 0.57, and one at the threshold with probability 0.05.
     */
    static final int BANDS = 64;

    static final int ROWS = 2;

    /**
     * Estimated Jaccard similarity of the 5-shingle sets at and above which an article republishes
     * another. Measured on the dev corpus (40 articles, 780 pairs; NearDuplicateCorpusTest prints
     * the report), with boilerplate cut:
     *
     * <ul>
     *   <li>crude markup stripping: true pairs d021/d032 exact 0.673 (MinHash 0.680) and d017/d029
     *       exact 0.478 (MinHash 0.477); the most similar of the 778 other pairs exact 0.036, the
     *       highest MinHash estimate among them 0.039;
     *   <li>ingest's own parser: true pairs 0.673 (0.680) and 0.475 (0.484); others at most 0.036
     *       (0.039);
     *   <li>without the boilerplate cut the true pairs drop to 0.623 and 0.457, the others stay.
     * </ul>
     *
     * <p>0.20 leaves a factor of 2.4 below the weaker true pair (room for heavier rewrites than the
     * dev corpus holds) and of 5 above the most similar unrelated pair; with 128 hashes the
     * estimate's standard error is 0.035 at 0.20 and 0.017 at 0.04.
     */
    static final double THRESHOLD = 0.20;

    /** Texts with fewer shingles (about 30 characters) are too short to call republications. */
    static final int MIN_SHINGLES = 30;

    /** A sentence that this many earlier stories contain verbatim is boilerplate. */
    static final int BOILERPLATE_STORIES = 3;

    /** Default for the number of articles kept for comparison. */
    static final int DEFAULT_MAX_ARTICLES = 100_000;

    /**
     * The earlier article a text republishes.
     *
     * @param id the original (the first article of the story)
     * @param similarity estimated Jaccard similarity with {@code matched}
     * @param matched the article the text was found similar to: {@code id} or another copy of it
     */
    record Match(String id, double similarity, String matched) {}

    /**
     * What {@link #find} computed for an article, kept until the article comes back from the log to
     * {@link #add}: the same text would otherwise be split, cut and hashed twice (a quarter of
     * ingest-service's CPU under load, docs/BENCHMARKS.md). Bounded; a miss only costs the work.
     */
    private record Computed(
            int textHash,
            List<Fingerprints.Sentence> sentences,
            List<Fingerprints.Sentence> kept,
            long[] shingles,
            int[] signature) {}

    static final int RECENT_COMPUTATIONS = 512;

    private final Map<String, Computed> recent =
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Computed> eldest) {
                    return size() > RECENT_COMPUTATIONS;
                }
            };

    private final MinHash minHash = new MinHash(HASHES);
    private final MinHashIndex index = new MinHashIndex(HASHES, BANDS, ROWS);
    private final SentenceFrequencies frequencies = new SentenceFrequencies();
    private final double threshold;
    private final int maxArticles;

    NearDuplicateDetector() {
        this(THRESHOLD, DEFAULT_MAX_ARTICLES);
    }

    NearDuplicateDetector(double threshold, int maxArticles) {
        if (maxArticles < 1) {
            throw new IllegalArgumentException("maxArticles must be at least 1");
        }
        this.threshold = threshold;
        this.maxArticles = maxArticles;
    }

    /**
     * The original that the text republishes, if any; never {@code id} itself nor an article that
     * is a copy of {@code id}.
     */
    Optional<Match> find(String id, String title, List<String> paragraphs) {
        List<Fingerprints.Sentence> sentences = Fingerprints.sentences(title, paragraphs);
        List<Fingerprints.Sentence> kept;
        synchronized (this) {
            kept = withoutFrequent(sentences);
        }
        long[] shingles = Fingerprints.shingles(kept);
        int[] signature = shingles.length < MIN_SHINGLES ? null : minHash.signature(shingles);
        synchronized (this) {
            recent.put(
                    id,
                    new Computed(
                            textHash(title, paragraphs), sentences, kept, shingles, signature));
            return signature == null ? Optional.empty() : best(id, signature);
        }
    }

    /**
     * Indexes an article (replacing an earlier revision of it).
     *
     * @param receivedAt when it was received, epoch milliseconds (earlier originals win)
     * @param nearDuplicateOf the original it republishes, or null when it is an original
     */
    void add(
            String id,
            long receivedAt,
            String nearDuplicateOf,
            String title,
            List<String> paragraphs) {
        Computed earlier;
        synchronized (this) {
            earlier = recent.remove(id);
        }
        if (earlier != null && earlier.textHash() != textHash(title, paragraphs)) {
            earlier = null;
        }
        List<Fingerprints.Sentence> sentences =
                earlier != null ? earlier.sentences() : Fingerprints.sentences(title, paragraphs);
        List<Fingerprints.Sentence> kept;
        synchronized (this) {
            kept = withoutFrequent(sentences);
        }
        // The cut depends on the stories indexed meanwhile: reuse the hashes only if it is the
        // same.
        boolean same = earlier != null && earlier.kept().equals(kept);
        long[] shingles = same ? earlier.shingles() : Fingerprints.shingles(kept);
        int[] signature =
                same
                        ? earlier.signature()
                        : shingles.length < MIN_SHINGLES ? null : minHash.signature(shingles);
        // Only originals count towards boilerplate: copies of one story share its sentences.
        int[] counted = nearDuplicateOf == null ? distinctHashes(sentences) : new int[0];
        synchronized (this) {
            forget(index.remove(id));
            if (signature == null) {
                return;
            }
            index.put(
                    new MinHashIndex.Entry(
                            id, nearDuplicateOf, receivedAt, shingles.length, signature, counted));
            for (int hash : counted) {
                frequencies.increment(hash);
            }
            while (index.size() > maxArticles) {
                forget(index.removeOldest());
            }
        }
    }

    /** Articles indexed. */
    synchronized int size() {
        return index.size();
    }

    private List<Fingerprints.Sentence> withoutFrequent(List<Fingerprints.Sentence> sentences) {
        List<Fingerprints.Sentence> kept = new ArrayList<>(sentences.size());
        for (Fingerprints.Sentence sentence : sentences) {
            if (sentence.text().length() < Fingerprints.MIN_SENTENCE
                    || frequencies.count(sentence.hash()) < BOILERPLATE_STORIES) {
                kept.add(sentence);
            }
        }
        return kept;
    }

    private Optional<Match> best(String id, int[] signature) {
        Match[] best = new Match[1];
        long[] bestTime = {Long.MAX_VALUE};
        index.forEachCandidate(
                signature,
                threshold,
                candidate -> {
                    String root = candidate.root() != null ? candidate.root() : candidate.id();
                    if (candidate.id().equals(id) || root.equals(id)) {
                        return;
                    }
                    long rootTime = index.receivedAt(root);
                    long time = rootTime >= 0 ? rootTime : candidate.receivedAt();
                    Match match = new Match(root, candidate.similarity(), candidate.id());
                    Match current = best[0];
                    boolean better =
                            current == null
                                    || time < bestTime[0]
                                    || (time == bestTime[0]
                                            && (root.equals(current.id())
                                                    ? match.similarity() > current.similarity()
                                                    : root.compareTo(current.id()) < 0));
                    if (better) {
                        best[0] = match;
                        bestTime[0] = time;
                    }
                });
        return Optional.ofNullable(best[0]);
    }

    private void forget(MinHashIndex.Entry removed) {
        if (removed != null) {
            for (int hash : removed.sentences()) {
                frequencies.decrement(hash);
            }
        }
    }

    private static int textHash(String title, List<String> paragraphs) {
        return 31 * java.util.Objects.hashCode(title) + java.util.Objects.hashCode(paragraphs);
    }

    private static int[] distinctHashes(List<Fingerprints.Sentence> sentences) {
        return sentences.stream()
                .filter(sentence -> sentence.text().length() >= Fingerprints.MIN_SENTENCE)
                .mapToInt(Fingerprints.Sentence::hash)
                .distinct()
                .toArray();
    }

    /** For tests: the number of earlier originals containing the normalized sentence. */
    synchronized int storiesContaining(String sentence) {
        String text = Fingerprints.normalize(sentence);
        return frequencies.count(text.hashCode());
    }
}
