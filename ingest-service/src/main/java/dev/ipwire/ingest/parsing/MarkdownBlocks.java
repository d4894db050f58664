package dev.ipwire.ingest.parsing;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * The blocks of a Markdown document (commonmark): headings stay headings, paragraphs go through
 * {@link LineLayout} (so a source line written on its own line is split off, and hard-wrapped lines
 * are joined), emphasis and links keep their text. A horizontal rule is a page break, not a
 * paragraph break: when the text before it stops in mid-sentence (建设产 / --- / 业知识产权…), the two
 * sides are joined again.
 */
public final class MarkdownBlocks {

    private static final Parser PARSER = Parser.builder().maxOpenBlockParsers(64).build();

    private MarkdownBlocks() {}

    public static List<Block> of(String markdown) {
        List<Block> blocks = new ArrayList<>();
        boolean afterBreak = false;
        Node previous = null;
        for (Node node = PARSER.parse(markdown).getFirstChild();
                node != null;
                node = node.getNext()) {
            if (node instanceof ThematicBreak) {
                afterBreak = true;
                continue;
            }
            List<Block> produced = blocksOf(node);
            if (afterBreak && !produced.isEmpty() && !blocks.isEmpty()) {
                Block last = blocks.getLast();
                Block next = produced.getFirst();
                // Only text cut by the rule is healed: a short text line may look like a heading.
                if (previous instanceof Paragraph
                        && node instanceof Paragraph
                        && last.kind() != Block.Kind.LINE
                        && next.kind() != Block.Kind.LINE
                        && !LineLayout.endsSentence(last.text())) {
                    blocks.set(blocks.size() - 1, Block.paragraph(last.text() + next.text()));
                    produced = produced.subList(1, produced.size());
                }
            }
            blocks.addAll(produced);
            afterBreak = false;
            previous = node;
        }
        return blocks;
    }

    private static List<Block> blocksOf(Node node) {
        List<Block> blocks = new ArrayList<>();
        if (node instanceof Heading) {
            String text = TextNormalizer.line(text(node));
            if (!text.isEmpty()) {
                blocks.add(Block.heading(text));
            }
        } else if (node instanceof Paragraph) {
            blocks.addAll(LineLayout.blocks(List.of(text(node).split("\n"))));
        } else if (node instanceof BlockQuote
                || node instanceof BulletList
                || node instanceof OrderedList
                || node instanceof ListItem) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                blocks.addAll(blocksOf(child));
            }
        } else if (node instanceof FencedCodeBlock code) {
            blocks.addAll(LineLayout.blocks(List.of(code.getLiteral().split("\n"))));
        } else if (node instanceof IndentedCodeBlock code) {
            // Chinese Markdown indents paragraphs; four leading spaces are not code here.
            blocks.addAll(LineLayout.blocks(List.of(code.getLiteral().split("\n"))));
        } else if (node instanceof HtmlBlock html) {
            HtmlText.of(html.getLiteral()).blocks().stream()
                    .map(Block::paragraph)
                    .forEach(blocks::add);
        }
        return blocks;
    }

    /** The text of a node's inline content; line breaks become newlines. */
    static String text(Node node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text);
        return text.toString();
    }

    private static void appendText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof Code c) {
                text.append(c.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append('\n');
            } else if (!(child instanceof Image)) {
                appendText(child, text);
            }
        }
    }
}
