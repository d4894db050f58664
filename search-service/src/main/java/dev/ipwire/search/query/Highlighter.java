package dev.ipwire.search.query;

import dev.ipwire.search.text.ChineseFolding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks matches on the original text. Matching runs on the simplified fold of each paragraph, which
 * is aligned character for character with the original, so a match of 简体 query terms in a 繁體
 * paragraph is marked on the 繁體 characters, and a match that crosses segmentation boundaries is
 * still one mark. Text is HTML-escaped; only {@code <em>} tags are added.
 */
public final class Highlighter {

    static final int FRAGMENT_CHARS = 90;
    static final int MAX_FRAGMENTS = 3;

    private Highlighter() {}

    /**
     * Up to {@link #MAX_FRAGMENTS} fragments of {@code paragraphs} around matches of {@code
     * needles} (simplified strings; longer ones win where they overlap).
     */
    public static List<String> fragments(
            String title, List<String> paragraphs, List<String> needles) {
        return fragments(FoldedTexts.of(title, paragraphs), needles);
    }

    static List<String> fragments(FoldedTexts texts, List<String> needles) {
        List<String> sorted =
                needles.stream()
                        .filter(n -> n != null && !n.isBlank())
                        .map(ChineseFolding::simplified)
                        .distinct()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .toList();
        List<String> fragments = new ArrayList<>();
        if (sorted.isEmpty()) {
            return fragments;
        }
        for (int i = 0; i < texts.size() && fragments.size() < MAX_FRAGMENTS; i++) {
            boolean[] marked = marks(texts.folded(i), sorted);
            int first = firstMarked(marked);
            if (first >= 0) {
                fragments.add(fragment(texts.original(i), marked, first));
            }
        }
        return fragments;
    }

    private static boolean[] marks(String folded, List<String> needles) {
        boolean[] marked = new boolean[folded.length()];
        String lower = lowerCaseSameLength(folded);
        for (String needle : needles) {
            String n = lowerCaseSameLength(needle);
            for (int at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + n.length())) {
                for (int i = at; i < at + n.length(); i++) {
                    marked[i] = true;
                }
            }
        }
        return marked;
    }

    /**
     * Lower case char by char: {@link String#toLowerCase} may lengthen the text (İ becomes i̇),
     * which would shift every mark after it.
     */
    private static String lowerCaseSameLength(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private static int firstMarked(boolean[] marked) {
        for (int i = 0; i < marked.length; i++) {
            if (marked[i]) {
                return i;
            }
        }
        return -1;
    }

    private static String fragment(String text, boolean[] marked, int first) {
        int start = Math.max(0, first - FRAGMENT_CHARS / 3);
        int end = Math.min(text.length(), start + FRAGMENT_CHARS);
        StringBuilder out = new StringBuilder();
        if (start > 0) {
            out.append('…');
        }
        // Escaped a run at a time: a mark boundary ends the run.
        int run = start;
        for (int i = start; i <= end; i++) {
            if (i == end || (i > start && marked[i] != marked[i - 1])) {
                String escaped = HtmlUtils.htmlEscape(text.substring(run, i), "UTF-8");
                out.append(marked[run] ? "<em>" + escaped + "</em>" : escaped);
                run = i;
            }
        }
        if (end < text.length()) {
            out.append('…');
        }
        return out.toString();
    }
}
