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
 * @param structure the blocks in document order: headings ({@code h1}–{@code h6}), standalone
 *     metadata lines, paragraphs
 */
public record HtmlText(String pageTitle, String heading, List<Block> structure) {

    /** The blocks' texts, in document order. */
    public List<String> blocks() {
        return structure.stream().map(Block::text).toList();
    }

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
                    "(?i)(?:^|[\\s_-])(?:nav|navbar|menu|breadcrumbs?|share|footer|copyright|sidebar|related|comments?"
                        + "|toolbar|crumbs?|pagination|pages|pager|ad|ads|advert)(?:[\\s_-]|$)");

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

    /**
     * Inline elements that sites use for separate fields; their contents are kept apart by a space.
     */
    private static final Set<String> SEPARATED_INLINE =
            Set.of("span", "time", "label", "font", "cite");

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Widget text that is not part of any article: font-size pickers, separators. */
    private static final Pattern NOISE =
            Pattern.compile("^(?:[|｜·•]|字号[:：]?.*|[大中小]|分享到[:：]?.*|打印|关闭窗口|返回顶部)$");

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
        removeFurnitureByClass(document);
        String pageTitle = blankToNull(document.title());
        Element h1 = document.selectFirst("h1");
        String heading = h1 == null ? null : blankToNull(h1.text());
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        collect(document.body(), blocks, current);
        flush(blocks, current, false);
        return new HtmlText(pageTitle, heading, blocks);
    }

    /**
     * Removes navigation, share bars, footers… marked by class or id, but never an element that
     * holds the headline or most of the page's text (a wrapper named "has-sidebar" is not
     * furniture).
     */
    private static void removeFurnitureByClass(Document document) {
        int total = Math.max(1, document.body().text().length());
        for (Element element : document.body().select("[class], [id]")) {
            if (element.parent() == null) {
                continue; // already removed with an ancestor
            }
            String marks = element.className() + " " + element.id();
            if (!FURNITURE_CLASS.matcher(marks).find()) {
                continue;
            }
            boolean holdsHeadline = !element.select("h1").isEmpty();
            boolean holdsMostText = element.text().length() * 5 > total * 2;
            if (!holdsHeadline && !holdsMostText) {
                element.remove();
            }
        }
    }

    /** Walks the tree; a block element ends the paragraph being collected, a {@code br} too. */
    private static void collect(Node node, List<Block> blocks, StringBuilder current) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if ("br".equals(tag)) {
                    flush(blocks, current, false);
                } else if (BLOCK_TAGS.contains(tag)) {
                    flush(blocks, current, false);
                    collect(element, blocks, current);
                    flush(blocks, current, HEADINGS.contains(tag));
                } else {
                    collect(element, blocks, current);
                    if (SEPARATED_INLINE.contains(tag)) {
                        // <span>来源：宁波日报</span><span>作者：…</span> are separate fields.
                        current.append(' ');
                    }
                }
            }
        }
    }

    private static void flush(List<Block> blocks, StringBuilder current, boolean heading) {
        String line = TextNormalizer.line(current.toString());
        current.setLength(0);
        if (line.isEmpty() || NOISE.matcher(line).matches()) {
            return;
        }
        if (heading) {
            blocks.add(Block.heading(line));
        } else if (MetadataLines.isStandaloneLine(line)) {
            blocks.add(Block.line(line));
        } else {
            blocks.add(Block.paragraph(TextNormalizer.paragraph(line)));
        }
    }

    private static String blankToNull(String text) {
        String value = text == null ? "" : TextNormalizer.paragraph(text);
        return value.isEmpty() ? null : value;
    }
}
