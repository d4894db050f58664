package dev.ipwire.ingest.documents;

import static dev.ipwire.ingest.documents.Refusals.refuse;

import dev.ipwire.ingest.documents.UnreadableDocumentException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Extracts the text of a Word document (DOCX) with Apache POI: the body in document order, one
 * paragraph per line with a blank line between paragraphs. Headings are paragraphs of their own;
 * tables are read row by row — a row of short single-paragraph cells (a data table) becomes one
 * line with its cells separated by tabs, any other row (a layout table holding text) gives its
 * cells' paragraphs one by one. Deleted revisions, headers, footers, comments and footnotes are
 * left out: they are not the article.
 *
 * <p>POI's own zip-bomb guard ({@link ZipSecureFile}) is set to the same limits as {@link
 * ZipAudit}, which runs first; it stays as a second line of defence.
 */
final class DocxText {

    static {
        DocumentLimits limits = DocumentLimits.DEFAULT;
        ZipSecureFile.setMinInflateRatio(limits.minZipInflateRatio());
        ZipSecureFile.setGraceEntrySize(limits.zipRatioGraceBytes());
        ZipSecureFile.setMaxEntrySize(limits.maxZipEntryBytes());
        ZipSecureFile.setMaxFileCount(limits.maxZipEntries());
        ZipSecureFile.setMaxTextSize(limits.maxTextCharacters());
    }

    private final DocumentLimits limits;

    DocxText(DocumentLimits limits) {
        this.limits = limits;
    }

    /** Reads a package already known (by {@link ZipAudit}) to be a Word document. */
    ReadDocument read(byte[] bytes, String fileName) {
        String name = Refusals.describe(fileName);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Blocks blocks = new Blocks(limits.maxTextCharacters(), name);
            body(document.getBodyElements(), blocks);
            if (blocks.list.isEmpty()) {
                throw refuse(
                        Reason.NOT_TEXT,
                        name
                                + " is a Word document without text (only pictures or empty"
                                + " paragraphs): upload a document that contains the article's"
                                + " text.");
            }
            return new ReadDocument(String.join("\n\n", blocks.list), "docx");
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            if (isZipBomb(e)) {
                throw refuse(
                        Reason.TOO_EXPANSIVE,
                        name
                                + " expands far beyond its size when unpacked (a zip bomb, or a"
                                + " document much larger than an article): IPWire does not read"
                                + " it. Send the article as a smaller DOCX or as text.",
                        e);
            }
            throw damaged(name, e);
        }
    }

    static UnreadableDocumentException damaged(String name, Throwable cause) {
        return refuse(
                Reason.DAMAGED,
                name
                        + " is a damaged Word document that cannot be read. Open it in Word or WPS,"
                        + " save it again as .docx and upload the new file.",
                cause);
    }

    /** POI reports its zip-bomb guard only in the message of an IOException. */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null
                    && (message.startsWith("Zip bomb detected")
                            || message.startsWith(
                                    "The file appears to be potentially malicious"))) {
                return true;
            }
        }
        return false;
    }

    private static void body(List<IBodyElement> elements, Blocks blocks) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                blocks.add(text(paragraph));
            } else if (element instanceof XWPFTable table) {
                table(table, blocks);
            } else if (element instanceof XWPFSDT sdt) {
                for (String line : sdt.getContent().getText().split("\\R")) {
                    blocks.add(line);
                }
            }
        }
    }

    private static void table(XWPFTable table, Blocks blocks) {
        for (XWPFTableRow row : table.getRows()) {
            List<ICell> cells = row.getTableICells();
            if (isDataRow(cells)) {
                List<String> values = new ArrayList<>();
                for (ICell cell : cells) {
                    String value = cellText(cell).strip();
                    if (!value.isEmpty()) {
                        values.add(value);
                    }
                }
                blocks.add(String.join("\t", values));
            } else {
                for (ICell cell : cells) {
                    if (cell instanceof XWPFTableCell tableCell) {
                        body(tableCell.getBodyElements(), blocks);
                    } else {
                        blocks.add(cellText(cell));
                    }
                }
            }
        }
    }

    /** Longest cell of a data table: a figure, a name, a short phrase. */
    private static final int DATA_CELL_LENGTH = 40;

    /** A row of at least two cells, each holding one short paragraph (or nothing). */
    private static boolean isDataRow(List<ICell> cells) {
        if (cells.size() < 2) {
            return false;
        }
        for (ICell cell : cells) {
            if (cell instanceof XWPFTableCell tableCell) {
                int paragraphs = 0;
                for (IBodyElement element : tableCell.getBodyElements()) {
                    if (!(element instanceof XWPFParagraph paragraph)) {
                        return false;
                    }
                    String text = text(paragraph);
                    if (!text.isBlank() && (++paragraphs > 1 || text.length() > DATA_CELL_LENGTH)) {
                        return false;
                    }
                }
            } else if (cellText(cell).length() > DATA_CELL_LENGTH) {
                return false;
            }
        }
        return true;
    }

    private static String cellText(ICell cell) {
        if (cell instanceof XWPFTableCell tableCell) {
            List<String> parts = new ArrayList<>();
            for (IBodyElement element : tableCell.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    parts.add(text(paragraph));
                }
            }
            return String.join(" ", parts);
        }
        if (cell instanceof XWPFSDTCell sdtCell) {
            return sdtCell.getContent().getText();
        }
        return "";
    }

    /**
     * The text of a paragraph as written: runs, hyperlinks, fields and content controls in order,
     * without deleted revisions and without the footnote text POI's getText() appends.
     */
    private static String text(XWPFParagraph paragraph) {
        StringBuilder out = new StringBuilder();
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run) {
                if (run.getCTR().sizeOfDelTextArray() == 0) {
                    out.append(run.text());
                }
            } else if (element instanceof XWPFSDT sdt) {
                out.append(sdt.getContent().getText());
            }
        }
        return out.toString();
    }

    /** The paragraphs found so far, bounded. */
    private static final class Blocks {
        private final List<String> list = new ArrayList<>();
        private final int limit;
        private final String name;
        private long length;

        Blocks(int limit, String name) {
            this.limit = limit;
            this.name = name;
        }

        void add(String block) {
            String clean = block.stripTrailing();
            if (clean.isBlank()) {
                return;
            }
            length += clean.length() + 2;
            if (length > limit) {
                throw refuse(
                        Reason.TOO_EXPANSIVE,
                        name
                                + " holds more than "
                                + limit
                                + " characters of text, more than IPWire reads from one"
                                + " document: split it and upload the articles one by one.");
            }
            list.add(clean);
        }
    }
}
