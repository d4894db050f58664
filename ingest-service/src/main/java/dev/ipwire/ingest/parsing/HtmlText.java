package dev.ipwire.ingest.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The readable text of an HTML page or fragment: headline candidates and paragraphs, with scripts,
 * styles, navigation and other page furniture removed and entities decoded.
 *
 * @param pageTitle the {@code <title>}, or null
 * @param heading the first {@code <h1>}, or null
 * @param blocks paragraphs (and sub-headings) in document order
 */
public record HtmlText(String pageTitle, String heading, List<String> blocks) {

    private static final Pattern HTML_TAG =
            Pattern.compile(
                    "<(?:!doctype|html|head|body|p|div|span|br|h[1-6]|article|section|table|ul|ol|li|a|strong|em|b|i)\\b",
                    Pattern.CASE_INSENSITIVE);

    private static final String FURNITURE =
            "script, style, noscript, template, iframe, svg, canvas, form, nav, header, footer,"
                    + " aside, button, select";

    /** Class or id fragments of navigation, share bars and footers on Chinese news sites. */
    private static final Pattern FURNITURE_CLASS =
            Pattern.compile(
                    "(?i)\\b[\\w-]*(nav|menu|breadcrumb|share|footer|copyright|sidebar|related|comment|toolbar|crumb|pagination)[\\w-]*\\b");

    private static final Set<String> BLOCK_TAGS =
            Set.of(
                    "p",
                    "div",
                    "section",
                    "article",
                    "li",
                    "blockquote",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "td",
                    "th",
                    "pre",
                    "dd",
                    "dt",
                    "figcaption",
                    "main",
                    "tr",
                    "table",
                    "ul",
                    "ol",
                    "center");

    /** Nesting beyond this is cut off: real articles are shallow, hostile input is not. */
    static final int MAX_DEPTH = 512;

    /** True when {@code text} contains HTML markup. */
    public static boolean looksLikeHtml(String text) {
        return HTML_TAG.matcher(text).find();
    }

    /** Extracts the text of {@code html}. */
    public static HtmlText of(String html) {
        Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
        Document document = Jsoup.parse(html, "", parser);
        document.select(FURNITURE).remove();
        for (Element element : document.select("[class], [id]")) {
            String marks = element.className() + " " + element.id();
            if (FURNITURE_CLASS.matcher(marks).find() && element != document.body()) {
                element.remove();
            }
        }
        String pageTitle = blankToNull(document.title());
        Element h1 = document.selectFirst("h1");
        String heading = h1 == null ? null : blankToNull(h1.text());
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        collect(document.body(), blocks, current);
        flush(blocks, current);
        return new HtmlText(pageTitle, heading, blocks);
    }

    /** Walks the tree; a block element ends the paragraph being collected, a {@code br} too. */
    private static void collect(Node node, List<String> blocks, StringBuilder current) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if ("br".equals(tag)) {
                    flush(blocks, current);
                } else if (BLOCK_TAGS.contains(tag)) {
                    flush(blocks, current);
                    collect(element, blocks, current);
                    flush(blocks, current);
                } else {
                    collect(element, blocks, current);
                }
            }
        }
    }

    private static void flush(List<String> blocks, StringBuilder current) {
        String text = TextNormalizer.paragraph(current.toString());
        if (!text.isEmpty()) {
            blocks.add(text);
        }
        current.setLength(0);
    }

    private static String blankToNull(String text) {
        String value = text == null ? "" : TextNormalizer.paragraph(text);
        return value.isEmpty() ? null : value;
    }
}
