package dev.ipwire.ingest.parsing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Parses the documents newsrooms send: YAML front matter over HTML, Markdown or plain text, and
 * plain text extracted from PDFs (hard-wrapped, with page furniture). The format is detected from
 * the content; a hint is only a hint.
 *
 * <p>Pipeline: front matter → format → blocks (HTML elements, Markdown nodes, or lines rebuilt into
 * paragraphs after page furniture is dropped) → compilation split → per article: headline, metadata
 * (front matter first, then source/date lines, datelines, bylines, the page header, closing source
 * lines) and paragraphs.
 */
@Component
public class NewsDocumentParser implements DocumentParser {

    /** China Standard Time: the calendar a dateline's month and day belong to. */
    private static final ZoneId NEWSROOM_ZONE = ZoneId.of("Asia/Shanghai");

    /** Site names appended to HTML titles: "标题_宁波日报", "标题 | 人民网", "标题 - 新华网". */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s*(?:_|\\||｜| - | — | -- )\\s*");

    private static final Pattern PERSON_NAME =
            Pattern.compile("[\\p{IsHan}]{2,3}|[\\p{IsHan}]{2,8}·[\\p{IsHan}]{2,8}");

    private final Clock clock;

    public NewsDocumentParser() {
        this(Clock.systemUTC());
    }

    NewsDocumentParser(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ParsedDocument parse(RawDocument document) {
        return parseArticles(document).getFirst();
    }

    @Override
    public List<ParsedDocument> parseArticles(RawDocument document) {
        FrontMatter frontMatter = FrontMatter.split(document.content());
        String body = frontMatter.body();
        DocumentFormat hinted = DocumentFormat.fromHint(document.formatHint());
        DocumentFormat format = hinted != null ? hinted : DocumentFormat.detect(body);
        if (hinted == null && !frontMatter.isEmpty() && format != DocumentFormat.HTML) {
            // Front matter is the convention of Markdown site generators (Jekyll, Hugo).
            format = DocumentFormat.MARKDOWN;
        }
        Layout layout = layout(body, format);
        List<List<Block>> parts = Compilations.split(layout.blocks(), layout.contents());
        String label = labelOf(document.formatHint(), hinted, format, !frontMatter.isEmpty());
        List<ParsedDocument> articles = new ArrayList<>();
        for (List<Block> part : parts) {
            article(part, parts.size() > 1 ? FrontMatter.split("") : frontMatter, layout, label)
                    .ifPresent(articles::add);
        }
        if (articles.isEmpty()) {
            throw new UnparseableDocumentException(
                    "the document contains no text: send the article's text, Markdown or HTML");
        }
        return articles;
    }

    /**
     * A document's blocks.
     *
     * @param blocks the body's blocks
     * @param contents titles from a table of contents (compilations), else empty
     * @param pageHeader the printed page header, or null
     * @param html the HTML view, when the body is HTML
     */
    private record Layout(
            List<Block> blocks,
            List<String> contents,
            String pageHeader,
            String runningTitle,
            HtmlText html) {}

    private static Layout layout(String body, DocumentFormat format) {
        return switch (format) {
            case HTML -> {
                HtmlText html = HtmlText.of(body);
                yield new Layout(html.structure(), List.of(), null, null, html);
            }
            case MARKDOWN -> new Layout(MarkdownBlocks.of(body), List.of(), null, null, null);
            case TEXT, PDF_TEXT -> {
                List<String> lines = body.lines().map(TextNormalizer::line).toList();
                PageFurniture furniture = PageFurniture.strip(lines);
                Compilations.Contents contents = Compilations.removeContents(furniture.lines());
                yield new Layout(
                        Compilations.blocks(contents),
                        contents.titles(),
                        furniture.pageHeader(),
                        furniture.runningTitle(),
                        null);
            }
        };
    }

    private Optional<ParsedDocument> article(
            List<Block> part, FrontMatter frontMatter, Layout layout, String format) {
        List<Block> blocks = new ArrayList<>(part);
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        String siteName = null;
        String title = nonBlankLine(frontMatter.text("title"));
        // A page title may be nothing but a site name ("| 人民网") or a separator ("_").
        String[] pageTitle =
                layout.html() == null || layout.html().pageTitle() == null
                        ? new String[0]
                        : TITLE_SUFFIX.split(layout.html().pageTitle());
        if (title != null) {
            removeLeading(blocks, title);
        } else if (layout.html() != null && nonBlankLine(layout.html().heading()) != null) {
            title = layout.html().heading();
            removeLeading(blocks, title);
        } else if (pageTitle.length > 0 && nonBlankLine(pageTitle[0]) != null) {
            title = pageTitle[0];
            if (pageTitle.length > 1) {
                siteName = Outlets.clean(pageTitle[pageTitle.length - 1]);
            }
            removeLeading(blocks, title);
        } else {
            TitleFinder found = TitleFinder.find(blocks);
            if (found == null) {
                return Optional.empty();
            }
            title =
                    found.fromBody() && layout.runningTitle() != null
                            ? layout.runningTitle()
                            : found.title();
            List<Block> rest = new ArrayList<>();
            if (found.kicker() != null) {
                rest.add(Block.paragraph(found.kicker()));
            }
            rest.addAll(blocks.subList(found.blocks(), blocks.size()));
            blocks = rest;
        }
        HeaderMetadata header = headerMetadata(blocks, layout.pageHeader());
        String source =
                firstNonNull(
                        Outlets.clean(frontMatter.text("source")),
                        Outlets.clean(frontMatter.text("author")),
                        header.source(),
                        siteName,
                        frontMatter.list("categories").stream()
                                .map(Outlets::clean)
                                .filter(o -> o != null)
                                .findFirst()
                                .orElse(null),
                        frontMatter.list("tags").stream()
                                .map(Outlets::clean)
                                .filter(o -> o != null)
                                .findFirst()
                                .orElse(null));
        String publishedAt =
                Optional.ofNullable(frontMatter.text("date"))
                        .flatMap(PublishedDates::normalize)
                        .orElse(header.publishedAt());
        String frontMatterAuthor = frontMatter.text("author");
        String author =
                frontMatterAuthor != null && Outlets.clean(frontMatterAuthor) == null
                        ? frontMatterAuthor
                        : header.author() != null ? header.author() : nameUnderTitle(blocks);
        List<String> paragraphs =
                blocks.stream().map(Block::text).filter(t -> !t.isBlank()).toList();
        if (paragraphs.isEmpty() && title.isBlank()) {
            return Optional.empty();
        }
        String text = title + "\n" + String.join("\n", paragraphs);
        return Optional.of(
                new ParsedDocument(
                        format,
                        title,
                        paragraphs,
                        publishedAt,
                        source,
                        author,
                        ScriptDetector.detect(text),
                        frontMatter.list("tags")));
    }

    /** The format label: what the client or the document reader said, else what was detected. */
    private static String labelOf(
            String hint, DocumentFormat hinted, DocumentFormat detected, boolean frontMatter) {
        if (hint != null && !hint.isBlank()) { // a blank hint says nothing: label what was detected
            String value = hint.strip().toLowerCase(java.util.Locale.ROOT);
            if (hinted == null
                    || value.equals("pdf")
                    || value.equals("docx")
                    || value.endsWith("-frontmatter")) {
                return value;
            }
        }
        return detected.label(frontMatter);
    }

    /** Metadata from the lines around the headline, the lead paragraph and the closing lines. */
    private HeaderMetadata headerMetadata(List<Block> blocks, String pageHeader) {
        List<String> header = new ArrayList<>();
        if (pageHeader != null) {
            header.add(pageHeader);
        }
        String lead = null;
        for (int i = 0; i < blocks.size() && i < HeaderMetadata.HEADER_BLOCKS; i++) {
            Block block = blocks.get(i);
            if (block.kind() == Block.Kind.LINE) {
                header.add(block.text());
            } else if (block.kind() == Block.Kind.PARAGRAPH && lead == null) {
                lead = block.text();
            }
        }
        List<String> trailer =
                blocks.subList(Math.max(0, blocks.size() - 3), blocks.size()).stream()
                        .map(Block::text)
                        .toList();
        return HeaderMetadata.find(
                header, lead, trailer, LocalDate.now(clock.withZone(NEWSROOM_ZONE)));
    }

    /** A name printed alone under the headline (a columnist's byline: "钱斌"). */
    private static String nameUnderTitle(List<Block> blocks) {
        if (blocks.size() < 2
                || blocks.getFirst().kind() == Block.Kind.PARAGRAPH
                || blocks.get(1).kind() != Block.Kind.PARAGRAPH) {
            return null;
        }
        String text = blocks.getFirst().text();
        return PERSON_NAME.matcher(text).matches() ? text : null;
    }

    /**
     * Drops the first block when it repeats the title (a Markdown # heading under front matter…).
     */
    private static void removeLeading(List<Block> blocks, String title) {
        String wanted = TextNormalizer.comparable(title);
        for (int i = 0; i < blocks.size() && i < 3; i++) {
            String text = TextNormalizer.comparable(blocks.get(i).text());
            if (text.equals(wanted)) {
                blocks.remove(i);
                return;
            }
            if (blocks.get(i).kind() == Block.Kind.PARAGRAPH) {
                return;
            }
        }
    }

    /** The text as one normalized line, or null when nothing but whitespace is left. */
    private static String nonBlankLine(String text) {
        String line = text == null ? null : TextNormalizer.line(text);
        return line == null || line.isBlank() ? null : line;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
