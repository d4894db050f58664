package dev.ipwire.ingest.parsing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from lines, for plain text and for text extracted from PDFs.
 *
 * <p>Newspaper PDFs are hard-wrapped every 15–25 characters, in the middle of words (地理 / 标志) and
 * names, often with a blank line after every line, so blank lines mean nothing there. One rule
 * covers both wrapped and unwrapped text: a line continues the paragraph before it unless that
 * paragraph ended a sentence (。！？… possibly followed by a closing quote), or one of the two lines
 * stands alone — a heading, a subtitle, a byline, a dateline or source line. A line that starts
 * with closing punctuation always continues. Lines are joined without a space between CJK
 * characters and with one between Latin words.
 */
public final class LineLayout {

    private static final String CLOSERS = "”’」』）)》〉】";
    private static final String SENTENCE_END = "。！？!?…；;";
    private static final Pattern STARTS_WITH_CLOSER =
            Pattern.compile("^[，。、；：！？,.;:!?）)”’」』》〉】%％]");
    private static final Pattern CLOSING_SOURCE =
            Pattern.compile("[（(]\\s*(?:来源|來源|稿源)\\s*[:：][^（()）]{2,40}[)）]$");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[，。；！？,;!?]");

    private LineLayout() {}

    /**
     * True when most lines of {@code text} stop in mid-sentence: text hard-wrapped at a fixed
     * width, as extracted from a PDF.
     */
    public static boolean looksHardWrapped(String text) {
        List<String> lines =
                text.lines().map(String::strip).filter(l -> l.length() >= 6).limit(400).toList();
        if (lines.size() < 6) {
            return false;
        }
        long ended = lines.stream().filter(LineLayout::endsSentence).count();
        int[] lengths = lines.stream().mapToInt(String::length).sorted().toArray();
        int median = lengths[lengths.length / 2];
        return ended < lines.size() * 0.45 && median <= 60;
    }

    /** The blocks of {@code lines} (lines already trimmed; blank lines are ignored). */
    public static List<Block> blocks(List<String> lines) {
        List<String> text =
                lines.stream().map(TextNormalizer::line).filter(l -> !l.isEmpty()).toList();
        int width = typicalWidth(text);
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        String previous = null;
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            Block.Kind previousKind =
                    blocks.isEmpty() || paragraph.length() > 0 ? null : blocks.getLast().kind();
            String next = i + 1 < text.size() ? text.get(i + 1) : null;
            Block.Kind alone = standalone(line, previous, previousKind, next, width);
            boolean continues =
                    paragraph.length() > 0
                            && (STARTS_WITH_CLOSER.matcher(line).find()
                                    || (alone == null && !endsSentence(paragraph)));
            if (continues) {
                join(paragraph, line);
            } else {
                flush(blocks, paragraph);
                if (alone != null) {
                    blocks.add(new Block(line, alone));
                    // A standalone line ends whatever came before it and is itself complete.
                } else {
                    paragraph.append(line);
                }
            }
            previous = line;
        }
        flush(blocks, paragraph);
        return blocks;
    }

    /** Whether a line stands alone and as what, or null when it is running text. */
    static Block.Kind standalone(
            String line, String previous, Block.Kind previousKind, String next, int width) {
        if (line.length() > 120) {
            return null;
        }
        if (MetadataLines.isStandaloneLine(line)) {
            return Block.Kind.LINE;
        }
        if (previous == null
                && line.length() <= TitleFinder.MAX_TITLE_LINE
                && !endsSentence(line)
                && !SENTENCE_PUNCTUATION.matcher(line).find()) {
            return Block.Kind.HEADING; // the document's first line: its headline
        }
        // After a byline or subtitle comes the first line of the text, not a heading; headings
        // follow a finished paragraph or another heading (a headline printed over two lines).
        boolean afterBreak =
                previous == null || endsSentence(previous) || previousKind == Block.Kind.HEADING;
        // A heading is clearly shorter than a full line; a wrapped line is not. A line only a
        // little shorter is taken as a heading on more evidence: it follows another heading, it
        // has a space in it (走前列 成绩说话), or a quotation opens the next paragraph. Taking a
        // wrapped line for a heading splits words and names (负责人任志 / 强表示), which is worse
        // than leaving a heading glued to its paragraph.
        boolean clearlyShort = line.length() <= Math.max(8, (int) (width * 0.6));
        boolean fairlyShort =
                line.length() <= (int) (width * 0.78)
                        && (previousKind == Block.Kind.HEADING
                                || line.contains(" ")
                                || (next != null
                                        && (next.startsWith("“") || next.startsWith("「"))));
        boolean shortLine = (clearlyShort || fairlyShort) && line.length() <= 40;
        if (afterBreak
                && shortLine
                && !endsSentence(line)
                && !SENTENCE_PUNCTUATION.matcher(line).find()
                && !STARTS_WITH_CLOSER.matcher(line).find()) {
            return Block.Kind.HEADING;
        }
        return null;
    }

    /** True when the text ends a sentence: 。！？… optionally followed by closing quotes. */
    public static boolean endsSentence(CharSequence text) {
        if (text.length() > 0
                && text.charAt(text.length() - 1) == '）'
                && CLOSING_SOURCE.matcher(text).find()) {
            return true; // （来源：求是，2021-02-08） closes an article
        }
        int i = text.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && SENTENCE_END.indexOf(text.charAt(i)) >= 0;
    }

    /** The usual length of a full line: the 75th percentile of line lengths. */
    static int typicalWidth(List<String> lines) {
        int[] lengths = lines.stream().mapToInt(String::length).filter(n -> n >= 6).toArray();
        if (lengths.length == 0) {
            return 40;
        }
        Arrays.sort(lengths);
        return lengths[(int) (lengths.length * 0.75)];
    }

    private static void join(StringBuilder paragraph, String line) {
        char last = paragraph.charAt(paragraph.length() - 1);
        char first = line.charAt(0);
        if (isLatinWordChar(last) && isLatinWordChar(first)) {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }

    private static boolean isLatinWordChar(char c) {
        return c < 0x2E80 && Character.isLetter(c);
    }

    private static void flush(List<Block> blocks, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            blocks.add(Block.paragraph(TextNormalizer.paragraph(paragraph.toString())));
            paragraph.setLength(0);
        }
    }
}
