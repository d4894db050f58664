package dev.ipwire.nlp.entities;

/**
 * A stretch of a sentence, by offsets into it.
 *
 * @param start first character
 * @param end one past the last character
 */
public record Span(int start, int end) {

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public int length() {
        return end - start;
    }
}
