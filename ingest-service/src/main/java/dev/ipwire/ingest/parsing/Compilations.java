package dev.ipwire.ingest.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a compilation — a booklet or digest holding several articles, each closed by its own
 * source line such as {@code （来源：新华社，2021-02-01）} — into its articles. A table of contents ({@code
 * 目录} followed by titles with page numbers) is removed and, when present, tells where the first
 * article starts.
 */
public final class Compilations {

    /** A document is a compilation when at least this many articles close with a source line. */
    static final int MIN_PARTS = 2;

    private static final Pattern TRAILING_SOURCE =
            Pattern.compile("[（(]\\s*(?:来源|來源|稿源)\\s*[:：][^（()）]{2,40}[)）]$");
    private static final Pattern TOC_HEADING = Pattern.compile("^目\\s*[录錄次]$");
    private static final Pattern TOC_ENTRY =
            Pattern.compile("^(.{1,80}?[^\\s.·…])[\\s.·…]*(\\d{1,3})$");

    private Compilations() {}

    /**
     * A table of contents.
     *
     * @param titles the listed titles
     * @param lines the lines without the table of contents
     */
    public record Contents(List<String> titles, List<String> lines) {}

    /** Removes a table of contents from {@code lines}, remembering its titles. */
    public static Contents removeContents(List<String> lines) {
        for (int i = 0; i < lines.size() && i < 60; i++) {
            if (TOC_HEADING.matcher(lines.get(i).strip()).matches()) {
                List<String> titles = new ArrayList<>();
                int j = i + 1;
                for (; j < lines.size(); j++) {
                    Matcher entry = TOC_ENTRY.matcher(lines.get(j).strip());
                    if (!entry.matches()) {
                        break;
                    }
                    titles.add(entry.group(1).strip());
                }
                if (titles.size() >= MIN_PARTS) {
                    List<String> rest = new ArrayList<>(lines.subList(0, i));
                    rest.addAll(lines.subList(j, lines.size()));
                    return new Contents(titles, rest);
                }
            }
        }
        return new Contents(List.of(), lines);
    }

    /**
     * The articles of {@code blocks}: each part ends with its closing source line (kept as its last
     * block). A single article comes back whole.
     */
    public static List<List<Block>> split(List<Block> input, List<String> contents) {
        List<Block> blocks = separateClosingLines(input);
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (HeaderMetadata.CLOSING_SOURCE.matcher(blocks.get(i).text().strip()).matches()) {
                ends.add(i);
            }
        }
        if (ends.size() < MIN_PARTS) {
            return List.of(blocks);
        }
        List<List<Block>> parts = new ArrayList<>();
        int start = firstArticleStart(blocks, contents, ends.getFirst());
        for (int end : ends) {
            if (end >= start) {
                parts.add(blocks.subList(start, end + 1));
            }
            start = end + 1;
        }
        List<Block> rest = blocks.subList(start, blocks.size());
        if (rest.stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).count() >= 3) {
            parts.add(rest);
        }
        return parts;
    }

    /**
     * The blocks of a document's lines. A line listed in the table of contents is a headline of its
     * own, whatever its length; the text between headlines is laid out by {@link LineLayout}.
     */
    public static List<Block> blocks(Contents contents) {
        if (contents.titles().isEmpty()) {
            return LineLayout.blocks(contents.lines());
        }
        java.util.Set<String> titles = new java.util.HashSet<>();
        contents.titles().forEach(t -> titles.add(TextNormalizer.comparable(t)));
        List<Block> blocks = new ArrayList<>();
        List<String> segment = new ArrayList<>();
        for (String line : contents.lines()) {
            if (titles.contains(TextNormalizer.comparable(line))) {
                blocks.addAll(LineLayout.blocks(segment));
                segment.clear();
                blocks.add(Block.heading(line));
            } else {
                segment.add(line);
            }
        }
        blocks.addAll(LineLayout.blocks(segment));
        return blocks;
    }

    /** A closing source line printed at the end of the last paragraph becomes its own line. */
    private static List<Block> separateClosingLines(List<Block> blocks) {
        List<Block> separated = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            Matcher closing = TRAILING_SOURCE.matcher(block.text());
            if (closing.find() && closing.start() > 0) {
                separated.add(Block.paragraph(block.text().substring(0, closing.start()).strip()));
                separated.add(Block.line(closing.group()));
            } else {
                separated.add(block);
            }
        }
        return separated;
    }

    /** Where the first article starts: at the first listed title, else at the beginning. */
    private static int firstArticleStart(List<Block> blocks, List<String> contents, int firstEnd) {
        if (contents.isEmpty()) {
            return 0;
        }
        String first = TextNormalizer.comparable(contents.getFirst());
        for (int i = 0; i < firstEnd; i++) {
            String text = TextNormalizer.comparable(blocks.get(i).text());
            if (!text.isEmpty()
                    && (text.equals(first) || first.startsWith(text) || text.startsWith(first))) {
                return i;
            }
        }
        return 0;
    }
}
