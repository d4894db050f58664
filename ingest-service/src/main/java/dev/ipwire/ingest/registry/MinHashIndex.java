package dev.ipwire.ingest.registry;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut into {@code bands} bands
 * of {@code rows} values, and two articles are candidates when they agree on all rows of at least
 * one band. With b bands of r rows, a pair of Jaccard similarity s becomes a candidate with
 * probability {@code 1 - (1 - s^r)^b}.
 *
 * <p>Storage is primitive arrays indexed by slot (one slot per article): the signature, its sketch,
 * one chain link per band, and per band an open-addressing table from band key to the newest slot
 * with that key. Chain links are kept band by band, so walking one band's chain stays within one
 * small array. Removed articles leave dead slots that queries skip; the arrays are rebuilt when
 * dead slots outnumber live ones. Not thread-safe; the detector guards it.
 *
 * <p>The sketch is the low byte of every signature value, eight to a long. Equal values have equal
 * low bytes, so the number of equal sketch bytes bounds the number of equal values from above: a
 * candidate whose sketch cannot reach the requested similarity is dropped after comparing a quarter
 * of the bytes, eight at a time. On template-heavy feeds most articles share a band with thousands
 * of others, and comparing whole signatures was most of ingest-service's CPU (docs/BENCHMARKS.md).
 */
final class MinHashIndex {

    /** What the index keeps about one article. */
    record Entry(
            String id,
            String root,
            long receivedAt,
            int shingles,
            int[] signature,
            int[] sentences) {}

    private final int hashes;
    private final int bands;
    private final int rows;

    private final int sketchLongs;
    private final int sketchPadding;

    private int[] signatures;
    private long[] sketches;
    private int[][] nextByBand;
    private String[] ids;
    private String[] roots;
    private long[] receivedAt;
    private int[] shingleCounts;
    private int[][] sentences;
    private int[] visited;
    private int visit;
    private int slots;
    private int live;
    private int oldest;
    private final Map<String, Integer> slotOf = new HashMap<>();
    private BandTable[] tables;

    MinHashIndex(int hashes, int bands, int rows) {
        if (bands * rows > hashes) {
            throw new IllegalArgumentException(
                    bands + " bands of " + rows + " rows need more than " + hashes + " hashes");
        }
        this.hashes = hashes;
        this.bands = bands;
        this.rows = rows;
        this.sketchLongs = (hashes + Long.BYTES - 1) / Long.BYTES;
        this.sketchPadding = sketchLongs * Long.BYTES - hashes;
        allocate(64);
    }

    /** Articles in the index. */
    int size() {
        return live;
    }

    boolean contains(String id) {
        return slotOf.containsKey(id);
    }

    /** The indexed entry of {@code id}, or null. */
    Entry get(String id) {
        Integer slot = slotOf.get(id);
        return slot == null ? null : entry(slot);
    }

    /** When the indexed article {@code id} was received (epoch ms), or -1 when not indexed. */
    long receivedAt(String id) {
        Integer slot = slotOf.get(id);
        return slot == null ? -1 : receivedAt[slot];
    }

    /** Adds (or replaces) the entry of an article. */
    void put(Entry entry) {
        remove(entry.id());
        if (slots == ids.length) {
            if (slots - live > live) {
                compact();
            }
            if (slots == ids.length) {
                grow(ids.length * 2);
            }
        }
        int slot = slots++;
        ids[slot] = entry.id();
        roots[slot] = entry.root();
        receivedAt[slot] = entry.receivedAt();
        shingleCounts[slot] = entry.shingles();
        sentences[slot] = entry.sentences();
        System.arraycopy(entry.signature(), 0, signatures, slot * hashes, hashes);
        sketch(entry.signature(), sketches, slot * sketchLongs);
        link(slot);
        slotOf.put(entry.id(), slot);
        live++;
    }

    /** Removes the article; returns what was indexed about it, or null. */
    Entry remove(String id) {
        Integer slot = slotOf.remove(id);
        if (slot == null) {
            return null;
        }
        Entry removed = entry(slot);
        ids[slot] = null;
        roots[slot] = null;
        sentences[slot] = null;
        live--;
        return removed;
    }

    /** Removes the article indexed longest ago; returns it, or null when the index is empty. */
    Entry removeOldest() {
        while (oldest < slots && ids[oldest] == null) {
            oldest++;
        }
        return oldest < slots ? remove(ids[oldest]) : null;
    }

    /**
     * A candidate found through a shared band.
     *
     * @param similarity estimated Jaccard similarity of the two signatures
     */
    record Candidate(String id, String root, long receivedAt, int shingles, double similarity) {}

    /**
     * Calls {@code action} once with each article that shares at least one band with {@code
     * signature} and whose estimated similarity with it is at least {@code minSimilarity}.
     */
    void forEachCandidate(int[] signature, double minSimilarity, Consumer<Candidate> action) {
        visit++;
        if (visit == Integer.MAX_VALUE) {
            Arrays.fill(visited, 0);
            visit = 1;
        }
        int minSame = minSame(minSimilarity);
        long[] querySketch = new long[sketchLongs];
        sketch(signature, querySketch, 0);
        for (int band = 0; band < bands; band++) {
            int[] next = nextByBand[band];
            for (int link = tables[band].head(bandKey(signature, 0, band));
                    link != 0;
                    link = next[link - 1]) {
                int slot = link - 1;
                if (visited[slot] == visit || ids[slot] == null) {
                    continue;
                }
                visited[slot] = visit;
                if (sameSketchBytes(slot, querySketch) < minSame) {
                    continue;
                }
                int same = sameValues(slot, signature);
                if (same >= minSame) {
                    action.accept(
                            new Candidate(
                                    ids[slot],
                                    roots[slot],
                                    receivedAt[slot],
                                    shingleCounts[slot],
                                    (double) same / hashes));
                }
            }
        }
    }

    /** The fewest equal values whose estimated similarity is at least {@code minSimilarity}. */
    private int minSame(double minSimilarity) {
        int same = Math.max(0, (int) Math.floor(minSimilarity * hashes) - 1);
        while (same <= hashes && (double) same / hashes < minSimilarity) {
            same++;
        }
        return same;
    }

    private int sameValues(int slot, int[] signature) {
        int offset = slot * hashes;
        int same = 0;
        for (int i = 0; i < hashes; i++) {
            if (signatures[offset + i] == signature[i]) {
                same++;
            }
        }
        return same;
    }

    /** Equal low bytes: at least the number of equal values (padding bytes excluded). */
    private int sameSketchBytes(int slot, long[] querySketch) {
        int offset = slot * sketchLongs;
        int same = 0;
        for (int i = 0; i < sketchLongs; i++) {
            same += zeroBytes(sketches[offset + i] ^ querySketch[i]);
        }
        return same - sketchPadding;
    }

    /** The number of zero bytes in {@code x}, without branching. */
    private static int zeroBytes(long x) {
        long lowSeven = 0x7F7F7F7F7F7F7F7FL;
        // A byte's high bit ends up set exactly when the byte is not zero.
        long nonZero = ((x & lowSeven) + lowSeven) | x;
        return Long.bitCount(~(nonZero | lowSeven));
    }

    private void sketch(int[] signature, long[] into, int offset) {
        Arrays.fill(into, offset, offset + sketchLongs, 0L);
        for (int i = 0; i < hashes; i++) {
            into[offset + i / Long.BYTES] |= (signature[i] & 0xFFL) << (8 * (i % Long.BYTES));
        }
    }

    private Entry entry(int slot) {
        return new Entry(
                ids[slot],
                roots[slot],
                receivedAt[slot],
                shingleCounts[slot],
                Arrays.copyOfRange(signatures, slot * hashes, (slot + 1) * hashes),
                sentences[slot]);
    }

    private void link(int slot) {
        for (int band = 0; band < bands; band++) {
            int key = bandKey(signatures, slot * hashes, band);
            nextByBand[band][slot] = tables[band].push(key, slot + 1);
        }
    }

    private int bandKey(int[] values, int offset, int band) {
        long h = band;
        for (int row = 0; row < rows; row++) {
            h = Fingerprints.mix(h * 31 + values[offset + band * rows + row]);
        }
        int key = (int) (h ^ (h >>> 32));
        return key == 0 ? 1 : key;
    }

    /** Drops dead slots: every array rebuilt from the live slots, in their order. */
    private void compact() {
        int[] oldSignatures = signatures;
        long[] oldSketches = sketches;
        String[] oldIds = ids;
        String[] oldRoots = roots;
        long[] oldReceived = receivedAt;
        int[] oldShingles = shingleCounts;
        int[][] oldSentences = sentences;
        int oldSlots = slots;
        allocate(Math.max(64, Integer.highestOneBit(Math.max(1, live)) * 4));
        slotOf.clear();
        for (int old = 0; old < oldSlots; old++) {
            if (oldIds[old] == null) {
                continue;
            }
            int slot = slots++;
            ids[slot] = oldIds[old];
            roots[slot] = oldRoots[old];
            receivedAt[slot] = oldReceived[old];
            shingleCounts[slot] = oldShingles[old];
            sentences[slot] = oldSentences[old];
            System.arraycopy(oldSignatures, old * hashes, signatures, slot * hashes, hashes);
            System.arraycopy(
                    oldSketches, old * sketchLongs, sketches, slot * sketchLongs, sketchLongs);
            link(slot);
            slotOf.put(ids[slot], slot);
        }
    }

    private void allocate(int capacity) {
        signatures = new int[capacity * hashes];
        sketches = new long[capacity * sketchLongs];
        nextByBand = new int[bands][capacity];
        ids = new String[capacity];
        roots = new String[capacity];
        receivedAt = new long[capacity];
        shingleCounts = new int[capacity];
        sentences = new int[capacity][];
        visited = new int[capacity];
        visit = 0;
        slots = 0;
        oldest = 0;
        tables = new BandTable[bands];
        for (int band = 0; band < bands; band++) {
            tables[band] = new BandTable();
        }
    }

    private void grow(int capacity) {
        signatures = Arrays.copyOf(signatures, capacity * hashes);
        sketches = Arrays.copyOf(sketches, capacity * sketchLongs);
        for (int band = 0; band < bands; band++) {
            nextByBand[band] = Arrays.copyOf(nextByBand[band], capacity);
        }
        ids = Arrays.copyOf(ids, capacity);
        roots = Arrays.copyOf(roots, capacity);
        receivedAt = Arrays.copyOf(receivedAt, capacity);
        shingleCounts = Arrays.copyOf(shingleCounts, capacity);
        sentences = Arrays.copyOf(sentences, capacity);
        visited = Arrays.copyOf(visited, capacity);
    }

    /** Band key to the newest slot (+1) with that key; open addressing, ints only. */
    private static final class BandTable {

        private int[] keys = new int[64];
        private int[] heads = new int[64];
        private int size;

        int head(int key) {
            return heads[find(key)];
        }

        /** Makes {@code link} the head for {@code key}; returns the previous head (0 if none). */
        int push(int key, int link) {
            if ((size + 1) * 4 > keys.length * 3) {
                resize();
            }
            int index = find(key);
            int previous = heads[index];
            if (previous == 0) {
                keys[index] = key;
                size++;
            }
            heads[index] = link;
            return previous;
        }

        private int find(int key) {
            int mask = keys.length - 1;
            int index = key & mask;
            while (heads[index] != 0 && keys[index] != key) {
                index = (index + 1) & mask;
            }
            return index;
        }

        private void resize() {
            int[] oldKeys = keys;
            int[] oldHeads = heads;
            keys = new int[oldKeys.length * 2];
            heads = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldHeads[i] != 0) {
                    int index = find(oldKeys[i]);
                    keys[index] = oldKeys[i];
                    heads[index] = oldHeads[i];
                }
            }
        }
    }
}
