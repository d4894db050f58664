package dev.ipwire.nlp.analysis;

import java.util.List;

/** Segments simplified Chinese into tagged words. Implementations are thread-safe. */
public interface Segmenter {

    /** The words of {@code simplifiedText}, with offsets into it. */
    List<Token> segment(String simplifiedText);
}
