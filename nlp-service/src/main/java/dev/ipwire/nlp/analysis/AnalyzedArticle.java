package dev.ipwire.nlp.analysis;

import java.util.List;

/**
 * An article split into sentences, each segmented on its simplified view.
 *
 * @param sentences the title first (paragraph -1), then the body's sentences in order
 */
public record AnalyzedArticle(List<Sentence> sentences) {

    /** The body's sentences (without the title). */
    public List<Sentence> body() {
        return sentences.stream().filter(s -> !s.isTitle()).toList();
    }

    /** The title's sentences. */
    public List<Sentence> title() {
        return sentences.stream().filter(Sentence::isTitle).toList();
    }

    /** The whole simplified text, sentences joined. */
    public String simplifiedText() {
        StringBuilder text = new StringBuilder();
        for (Sentence sentence : sentences) {
            text.append(sentence.simplified()).append('\n');
        }
        return text.toString();
    }
}
