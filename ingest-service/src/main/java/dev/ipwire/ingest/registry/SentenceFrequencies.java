package dev.ipwire.ingest.registry;

/**
 * In how many distinct stories each sentence occurs, by sentence hash: a sentence that several
 * unrelated stories share verbatim is an outlet's boilerplate (a footer, a disclaimer, a standard
 * introduction), whatever its wording.
 *
 * <p>An open-addressing table of primitive ints (no boxing): about 16 bytes per distinct sentence.
 * Not thread-safe; the detector guards it.
 */
final class SentenceFrequencies {

    private int[] keys = new int[1024];
    private int[] counts = new int[1024];
    private int size;

    /** How many stories contain the sentence with this hash. */
    int count(int hash) {
        int index = find(hash);
        return counts[index];
    }

    void increment(int hash) {
        if ((size + 1) * 2 > keys.length) {
            resize(keys.length * 2);
        }
        int index = find(hash);
        if (counts[index] == 0) {
            keys[index] = hash;
            size++;
        }
        counts[index]++;
    }

    void decrement(int hash) {
        int index = find(hash);
        if (counts[index] == 0) {
            return;
        }
        if (--counts[index] == 0) {
            size--;
            shiftBack(index);
        }
    }

    /** Distinct sentences counted. */
    int size() {
        return size;
    }

    /** The slot holding {@code hash}, or the empty slot where it would go. */
    private int find(int hash) {
        int mask = keys.length - 1;
        int index = spread(hash) & mask;
        while (counts[index] != 0 && keys[index] != hash) {
            index = (index + 1) & mask;
        }
        return index;
    }

    /** Removal in linear probing: move later entries of the same run back into the gap. */
    private void shiftBack(int gap) {
        int mask = keys.length - 1;
        int hole = gap;
        int index = (gap + 1) & mask;
        while (counts[index] != 0) {
            int home = spread(keys[index]) & mask;
            // The entry may move into the hole when its home is not in (hole, index].
            boolean movable =
                    hole <= index ? (home <= hole || home > index) : (home <= hole && home > index);
            if (movable) {
                keys[hole] = keys[index];
                counts[hole] = counts[index];
                counts[index] = 0;
                hole = index;
            }
            index = (index + 1) & mask;
        }
        counts[hole] = 0;
    }

    private void resize(int capacity) {
        int[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new int[capacity];
        counts = new int[capacity];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldCounts[i] != 0) {
                int index = find(oldKeys[i]);
                keys[index] = oldKeys[i];
                counts[index] = oldCounts[i];
            }
        }
    }

    private static int spread(int hash) {
        return (int) Fingerprints.mix(hash);
    }
}
