package dev.ipwire.nlp.analysis;

import java.util.List;

/**
 * One sentence of an article, analyzed.
 *
 * @param paragraph index of its paragraph (-1 for the title)
 * @param text the sentence and its simplified view
 * @param tokens its words (offsets relative to the sentence)
 */
public record Sentence(int paragraph, ChineseText text, List<Token> tokens) {

    public boolean isTitle() {
        return paragraph < 0;
    }

    /** The simplified view, where analysis looks. */
    public String simplified() {
        return text.simplified();
    }

    /** The sentence as written. */
    public String original() {
        return text.original();
    }

    /**
     * Sentences key per-sentence maps in every recognizer; the record's own hash would walk every
     * token of the sentence each time (a percent of enrichment in JFR). Equal sentences have equal
     * paragraphs and texts, so this agrees with {@link #equals}.
     */
    @Override
    public int hashCode() {
        return 31 * paragraph + text.hashCode();
    }
}
