package dev.ipwire.ingest.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns an article into what near-duplicate detection compares: its sentences without boilerplate,
 * normalized, and the character shingles of what is left.
 *
 * <p>Normalized text is NFKC, lower case, letters and digits only (whitespace and punctuation
 * removed), so the same words compare equal whatever the format, the line wrapping or the quote
 * marks. Shingles are overlapping runs of {@link #SHINGLE} characters over the concatenated kept
 * sentences; only the first {@link #MAX_CHARS} normalized characters count, which bounds the cost
 * of very long documents.
 */
final class Fingerprints {

    /** Characters per shingle (k = 5 separated the dev corpus best; see NearDuplicateDetector). */
    static final int SHINGLE = 5;

    /** Normalized characters considered per article. */
    static final int MAX_CHARS = 20_000;

    /** Sentences with fewer normalized characters carry no shingle of their own. */
    static final int MIN_SENTENCE = SHINGLE;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?；;])|[\\r\\n]+");

    private Fingerprints() {}

    /**
     * One sentence after boilerplate was cut.
     *
     * @param text normalized text
     * @param hash hash of {@code text}, for counting how many stories share the sentence
     */
    record Sentence(String text, int hash) {}

    /** The title and every sentence of the body that is not boilerplate, normalized. */
    static List<Sentence> sentences(String title, List<String> paragraphs) {
        List<Sentence> sentences = new ArrayList<>();
        int chars = 0;
        List<String> parts = new ArrayList<>(paragraphs.size() + 1);
        if (title != null) {
            parts.add(title);
        }
        parts.addAll(paragraphs);
        for (String paragraph : parts) {
            if (paragraph == null) {
                continue;
            }
            for (String raw : SENTENCE_END.split(paragraph)) {
                String stripped = Boilerplate.strip(raw);
                if (Boilerplate.isBoilerplate(stripped)) {
                    continue;
                }
                String text = normalize(stripped);
                if (text.isEmpty()) {
                    continue;
                }
                sentences.add(new Sentence(text, text.hashCode()));
                chars += text.length();
                if (chars >= MAX_CHARS) {
                    return sentences;
                }
            }
        }
        return sentences;
    }

    /** NFKC, lower case, letters and digits only. */
    static String normalize(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Hashes of the distinct shingles of the kept sentences, concatenated in order (at most {@link
     * #MAX_CHARS} characters).
     */
    static long[] shingles(List<Sentence> sentences) {
        StringBuilder joined = new StringBuilder();
        for (Sentence sentence : sentences) {
            joined.append(sentence.text());
        }
        int[] codePoints = joined.codePoints().limit(MAX_CHARS).toArray();
        int count = codePoints.length - SHINGLE + 1;
        if (count <= 0) {
            return new long[0];
        }
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = 0; j < SHINGLE; j++) {
                h = (h ^ codePoints[i + j]) * 0x100000001B3L;
            }
            hashes[i] = mix(h);
        }
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return Arrays.copyOf(hashes, distinct);
    }

    /** A 64-bit finalizer (MurmurHash3's fmix64): every input bit affects every output bit. */
    static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB93FE53B4E53L;
        h ^= h >>> 33;
        return h;
    }
}
