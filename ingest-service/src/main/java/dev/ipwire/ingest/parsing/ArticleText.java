package dev.ipwire.ingest.parsing;

/** Small text helpers for Chinese sentences. */
final class ArticleText {

    private ArticleText() {}

    /** The text up to and including the first sentence end (。！？), or all of it. */
    static String firstSentence(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("。！？!?".indexOf(text.charAt(i)) >= 0) {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }
}
