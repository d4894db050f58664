package dev.ipwire.ingest.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the headline among the first blocks of a document without markup: the lines before the
 * byline, subtitle or source line. A headline printed over two lines is joined; a kicker (引题 — a
 * short quoted slogan above the headline) is not part of it.
 *
 * @param title the headline
 * @param blocks how many leading blocks it used (they are removed from the body)
 * @param kicker the kicker line, kept as a paragraph, or null
 * @param fromBody true when no headline line was found and the first sentence stands in
 */
public record TitleFinder(String title, int blocks, String kicker, boolean fromBody) {

    /** Longest headline line; a longer first block is body text. */
    static final int MAX_TITLE_LINE = 60;

    static final int MAX_TITLE_LINES = 3;

    private static final Pattern OPENS_WITH_QUOTE = Pattern.compile("^[“「『\"]");

    /** The headline of {@code blocks}, or null when the document has no recognizable one. */
    public static TitleFinder find(List<Block> blocks) {
        int start = 0;
        while (start < blocks.size() && blocks.get(start).kind() == Block.Kind.LINE) {
            start++;
        }
        List<String> lines = new ArrayList<>();
        int end = start;
        while (end < blocks.size() && lines.size() < MAX_TITLE_LINES) {
            Block block = blocks.get(end);
            boolean candidate =
                    block.kind() != Block.Kind.LINE
                            && block.text().length() <= MAX_TITLE_LINE
                            && !LineLayout.endsSentence(block.text().replaceAll("[？?！!]$", ""));
            if (!candidate) {
                break;
            }
            lines.add(block.text());
            end++;
        }
        // Several short lines count as one headline only when something that ends a headline
        // follows.
        boolean closedByMetadata = end < blocks.size() && blocks.get(end).kind() == Block.Kind.LINE;
        if (lines.size() > 1 && !closedByMetadata) {
            lines = lines.subList(0, 1);
            end = start + 1;
        }
        if (lines.isEmpty()) {
            return fallback(blocks, start);
        }
        String kicker = null;
        if (lines.size() == 2
                && OPENS_WITH_QUOTE.matcher(lines.getFirst()).find()
                && lines.getFirst().length() < lines.get(1).length()) {
            kicker = lines.getFirst();
            lines = lines.subList(1, 2);
        }
        return new TitleFinder(String.join(" ", lines), end, kicker, false);
    }

    /** No headline line: the first sentence of the first block stands in. */
    private static TitleFinder fallback(List<Block> blocks, int start) {
        if (start >= blocks.size()) {
            return null;
        }
        String first = blocks.get(start).text();
        String sentence = ArticleText.firstSentence(first);
        if (sentence.length() > MAX_TITLE_LINE) {
            sentence = sentence.substring(0, MAX_TITLE_LINE);
        }
        // The block stays in the body: it is text, not a headline.
        return new TitleFinder(sentence, 0, null, true);
    }
}
