package dev.ipwire.ingest.parsing;

import java.util.regex.Pattern;

/** How a document's body is written; the label is what {@code ArticleReceived.format} carries. */
public enum DocumentFormat {
    TEXT("text"),
    PDF_TEXT("pdf-text"),
    MARKDOWN("markdown"),
    HTML("html");

    private static final Pattern MARKDOWN_LINE =
            Pattern.compile(
                    "(?m)^(?:#{1,6}\\s+\\S|>\\s|[-*+]\\s+\\S|\\d+\\.\\s+\\S|\\*\\*[^*]+\\*\\*|-{3,}\\s*$|\\*{3,}\\s*$)");

    private final String label;

    DocumentFormat(String label) {
        this.label = label;
    }

    /** The label with {@code -frontmatter} appended when the document had YAML front matter. */
    public String label(boolean frontMatter) {
        return frontMatter && (this == MARKDOWN || this == HTML) ? label + "-frontmatter" : label;
    }

    /** The format named by a client's hint, or null when the hint names none of these. */
    public static DocumentFormat fromHint(String hint) {
        if (hint == null) {
            return null;
        }
        String value = hint.strip().toLowerCase(java.util.Locale.ROOT);
        if (value.startsWith("html") || value.equals("htm")) {
            return HTML;
        }
        if (value.startsWith("markdown") || value.equals("md")) {
            return MARKDOWN;
        }
        if (value.equals("pdf-text") || value.equals("pdf") || value.equals("docx")) {
            return PDF_TEXT;
        }
        if (value.equals("text") || value.equals("txt") || value.equals("plain")) {
            return TEXT;
        }
        return null;
    }

    /** Detects the format from the body (front matter already removed). */
    public static DocumentFormat detect(String body) {
        // Trailing whitespace is no evidence: "***" is a rule with or without an ideographic
        // space after it, and a lone ">" is no quotation because a newline follows it.
        String text = body.stripTrailing();
        String head = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        if (HtmlText.looksLikeHtml(head)) {
            return HTML;
        }
        if (MARKDOWN_LINE.matcher(head).find()) {
            return MARKDOWN;
        }
        return LineLayout.looksHardWrapped(head) ? PDF_TEXT : TEXT;
    }
}
