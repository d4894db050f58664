package dev.ipwire.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinHashIndexTest {

    private static final int HASHES = 16;

    private final SplittableRandom random = new SplittableRandom(11);

    private int[] randomSignature() {
        int[] signature = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            signature[i] = random.nextInt();
        }
        return signature;
    }

    private static MinHashIndex.Entry entry(String id, int[] signature) {
        return new MinHashIndex.Entry(id, null, 0, 100, signature, new int[0]);
    }

    private static List<MinHashIndex.Candidate> candidates(MinHashIndex index, int[] signature) {
        List<MinHashIndex.Candidate> found = new ArrayList<>();
        index.forEachCandidate(signature, 0.0, found::add);
        return found;
    }

    @Test
    void findsArticlesSharingABandOnceEachWithTheirSimilarity() {
        MinHashIndex index = new MinHashIndex(HASHES, 8, 2);
        int[] a = randomSignature();
        int[] b = a.clone();
        for (int i = 4; i < HASHES; i++) {
            b[i] = random.nextInt(); // shares bands 0 and 1 (4 of 16 values) with a
        }
        index.put(entry("a", a));
        index.put(entry("unrelated", randomSignature()));

        List<MinHashIndex.Candidate> found = candidates(index, b);

        assertThat(found).extracting(MinHashIndex.Candidate::id).containsExactly("a");
        assertThat(found.getFirst().similarity()).isEqualTo(4.0 / HASHES);
    }

    @Test
    void aMinimumSimilarityKeepsExactlyTheCandidatesReachingIt() {
        MinHashIndex index = new MinHashIndex(HASHES, 8, 2);
        int[] query = randomSignature();
        for (int equal = 2; equal <= HASHES; equal++) {
            int[] signature = query.clone();
            for (int i = equal; i < HASHES; i++) {
                // Same low byte, different value: the sketch alone would count these as equal.
                signature[i] = i % 2 == 0 ? query[i] + 256 : random.nextInt();
            }
            index.put(entry("equal-" + equal, signature));
        }

        List<MinHashIndex.Candidate> found = new ArrayList<>();
        index.forEachCandidate(query, 10.0 / HASHES, found::add);

        assertThat(found)
                .extracting(MinHashIndex.Candidate::id)
                .containsExactlyInAnyOrder(
                        "equal-10",
                        "equal-11",
                        "equal-12",
                        "equal-13",
                        "equal-14",
                        "equal-15",
                        "equal-16");
        assertThat(found)
                .allSatisfy(
                        candidate ->
                                assertThat(candidate.similarity())
                                        .isEqualTo(
                                                Integer.parseInt(candidate.id().substring(6))
                                                        / (double) HASHES));
    }

    @Test
    void removedArticlesAreNoLongerFoundAndSurviveCompaction() {
        MinHashIndex index = new MinHashIndex(HASHES, 8, 2);
        List<int[]> signatures = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            signatures.add(randomSignature());
            index.put(entry("id-" + i, signatures.get(i)));
        }
        for (int i = 0; i < 1_000; i += 2) {
            index.remove("id-" + i);
        }
        // Enough new articles to rebuild the arrays more than once.
        for (int i = 1_000; i < 3_000; i++) {
            signatures.add(randomSignature());
            index.put(entry("id-" + i, signatures.get(i)));
        }

        assertThat(index.size()).isEqualTo(2_500);
        for (int i = 0; i < 3_000; i++) {
            List<String> ids =
                    candidates(index, signatures.get(i)).stream()
                            .filter(candidate -> candidate.similarity() == 1.0)
                            .map(MinHashIndex.Candidate::id)
                            .toList();
            if (i < 1_000 && i % 2 == 0) {
                assertThat(ids).as("removed id-%d", i).isEmpty();
                assertThat(index.contains("id-" + i)).isFalse();
            } else {
                assertThat(ids).as("id-%d", i).containsExactly("id-" + i);
            }
        }
    }

    @Test
    void replacingAnArticleKeepsOneEntry() {
        MinHashIndex index = new MinHashIndex(HASHES, 8, 2);
        int[] before = randomSignature();
        int[] after = randomSignature();
        index.put(entry("x", before));
        index.put(entry("x", after));

        assertThat(index.size()).isEqualTo(1);
        assertThat(candidates(index, before)).isEmpty();
        assertThat(candidates(index, after))
                .extracting(MinHashIndex.Candidate::id)
                .containsExactly("x");
    }

    @Test
    void removeOldestFollowsInsertionOrder() {
        MinHashIndex index = new MinHashIndex(HASHES, 8, 2);
        index.put(entry("first", randomSignature()));
        index.put(entry("second", randomSignature()));
        index.put(entry("first", randomSignature())); // re-indexed: now the newest

        assertThat(index.removeOldest().id()).isEqualTo("second");
        assertThat(index.removeOldest().id()).isEqualTo("first");
        assertThat(index.removeOldest()).isNull();
    }

    @Test
    void bandsMustFitTheSignature() {
        assertThatThrownBy(() -> new MinHashIndex(HASHES, 9, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
