package dev.ipwire.ingest.parsing;

/**
 * A unit of a document's body before titles and metadata are taken out.
 *
 * @param text the text, whitespace-normalized
 * @param kind what the block is
 */
public record Block(String text, Kind kind) {

    /** What a block is. */
    public enum Kind {
        /** Running text. */
        PARAGRAPH,
        /** A heading or sub-heading (kept as its own paragraph, never glued to the next one). */
        HEADING,
        /** A line that stands alone: a dateline, source line, byline, subtitle or trailer. */
        LINE
    }

    public static Block paragraph(String text) {
        return new Block(text, Kind.PARAGRAPH);
    }

    public static Block heading(String text) {
        return new Block(text, Kind.HEADING);
    }

    public static Block line(String text) {
        return new Block(text, Kind.LINE);
    }
}
