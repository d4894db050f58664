package dev.ipwire.search.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.IOUtil;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Folds Traditional Chinese onto Simplified, character for character, so that 繁體 and 简体 meet in the
 * index and offsets in the folded text are offsets in the original (for highlighting).
 *
 * <p>Most text is simplified already, and HanLP's conversion walks it through its automaton all the
 * same (a tenth of a search's CPU in search-service, docs/BENCHMARKS.md). A text that holds none of
 * {@link #CHANGING}'s characters comes back unchanged and skips the conversion: HanLP replaces only
 * where an entry of its traditional→simplified table matches, so if no entry that changes text can
 * match, nothing changes.
 */
public final class ChineseFolding {

    /** HanLP's traditional→simplified table, one {@code key=value} a line. */
    static final String TABLE = "t2s.txt";

    /**
     * UTF-16 units of which a text must hold one for the conversion to change it: each key of one
     * unit that maps to something else, and one unit of each longer key that does (a key can only
     * match where all of its units are): one already in the set when it has one, else {@link
     * #standIn}. Null when the table could not be read: then every text is converted.
     */
    private static final BitSet CHANGING = changingUnits();

    private ChineseFolding() {}

    /** {@code text} in simplified characters, with exactly the same length. */
    public static String simplified(String text) {
        if (!mayChange(text)) {
            return text;
        }
        String converted = HanLP.convertToSimplifiedChinese(text);
        if (converted.length() == text.length()) {
            return converted;
        }
        StringBuilder aligned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String one =
                    Character.isSurrogate(c)
                            ? String.valueOf(c)
                            : HanLP.convertToSimplifiedChinese(String.valueOf(c));
            aligned.append(one.length() == 1 ? one.charAt(0) : c);
        }
        return aligned.toString();
    }

    /** False only when HanLP's conversion returns {@code text} unchanged. */
    static boolean mayChange(String text) {
        if (CHANGING == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (CHANGING.get(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The table's entries that change text, each as {key, value}; empty if it cannot be read. */
    static List<String[]> changingEntries() {
        List<String[]> entries = new ArrayList<>();
        try (InputStream in = IOUtil.newInputStream(HanLP.Config.tcDictionaryRoot + TABLE);
                BufferedReader lines =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    String key = line.substring(0, equals);
                    String value = line.substring(equals + 1);
                    if (!key.equals(value)) {
                        entries.add(new String[] {key, value});
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static BitSet changingUnits() {
        List<String[]> entries;
        try {
            entries = changingEntries();
        } catch (RuntimeException e) {
            // an unreadable table only costs the skip
            return null;
        }
        if (entries.isEmpty()) {
            return null;
        }
        BitSet units = new BitSet(Character.MAX_VALUE + 1);
        for (String[] entry : entries) {
            if (entry[0].length() == 1) {
                units.set(entry[0].charAt(0));
            }
        }
        for (String[] entry : entries) {
            String key = entry[0];
            if (key.length() > 1 && key.chars().noneMatch(units::get)) {
                units.set(standIn(key, entry[1]));
            }
        }
        return units;
    }

    /**
     * The unit that stands for a longer key: the first that the value changes (瞭 of 瞭解 → 了解, a
     * traditional character rare in simplified text, where 解 is common), else the last.
     */
    private static char standIn(String key, String value) {
        if (key.length() == value.length()) {
            for (int i = 0; i < key.length(); i++) {
                if (key.charAt(i) != value.charAt(i)) {
                    return key.charAt(i);
                }
            }
        }
        return key.charAt(key.length() - 1);
    }
}
