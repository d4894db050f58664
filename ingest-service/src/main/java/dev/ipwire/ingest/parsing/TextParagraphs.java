package dev.ipwire.ingest.parsing;

import java.util.ArrayList;
import java.util.List;

/** Paragraphs of plain text: one per non-empty line, Markdown heading marks removed. */
public final class TextParagraphs {

    private TextParagraphs() {}

    public static List<String> of(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String clean = TextNormalizer.paragraph(line.replaceFirst("^\\s{0,3}#{1,6}\\s+", ""));
            if (!clean.isEmpty()) {
                paragraphs.add(clean);
            }
        }
        return paragraphs;
    }
}
