package dev.ipwire.ingest.documents;

import static dev.ipwire.ingest.documents.Refusals.refuse;

import dev.ipwire.ingest.documents.UnreadableDocumentException.Reason;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Extracts the text of a PDF with PDFBox, in reading order (sorted by position), one output line
 * per line of the page and a blank line between pages. Lines stay hard-wrapped as on the page;
 * joining them into paragraphs is the parser's job.
 *
 * <p>Bounded for hostile files: the streams may decompress to at most {@link
 * DocumentLimits#maxPdfDecodedBytes()} (see {@link PdfStreamAudit}), PDFBox's stream cache lives in
 * bounded main memory, and extraction stops at the page, character and time limits. A form XObject
 * that draws itself is drawn once.
 */
final class PdfText {

    private static final byte[] EOF_MARK = FileSignatures.ascii("%%EOF");
    private static final byte[] ENCRYPT = FileSignatures.ascii("/Encrypt");

    /** Writers put %%EOF at the end; allow for trailing junk as readers do. */
    private static final int EOF_WINDOW = 2048;

    private final DocumentLimits limits;

    PdfText(DocumentLimits limits) {
        this.limits = limits;
    }

    ReadDocument read(byte[] bytes, String fileName) {
        String name = Refusals.describe(fileName);
        if (FileSignatures.lastIndexOf(bytes, EOF_MARK, bytes.length - EOF_WINDOW, bytes.length)
                < 0) {
            throw refuse(
                    Reason.DAMAGED,
                    name
                            + " is a truncated PDF: it does not end with the %%EOF mark every"
                            + " complete PDF ends with. Upload the complete file, or export the PDF"
                            + " again.");
        }
        PdfStreamAudit audit = new PdfStreamAudit(limits.maxPdfDecodedBytes());
        try {
            audit.auditRaw(bytes);
            try (PDDocument document = load(bytes, name)) {
                if (document.isEncrypted()) {
                    audit.auditLoaded(document.getDocument());
                }
                int pages = document.getNumberOfPages();
                if (pages > limits.maxPdfPages()) {
                    throw tooManyPages(name);
                }
                if (pages == 0) {
                    throw refuse(
                            Reason.DAMAGED,
                            name + " is a PDF without pages: export the PDF again and upload it.");
                }
                String text = extract(document, name);
                if (text.isBlank()) {
                    throw refuse(
                            Reason.NOT_TEXT,
                            name
                                    + " is a PDF without a text layer (probably scanned pages):"
                                    + " run it through OCR first, or upload the article as text"
                                    + " or DOCX.");
                }
                return new ReadDocument(text, "pdf");
            }
        } catch (PdfStreamAudit.BudgetExceeded e) {
            throw refuse(
                    Reason.TOO_EXPANSIVE,
                    name
                            + " decompresses to more than "
                            + megabytes(limits.maxPdfDecodedBytes())
                            + " MB (a PDF bomb, or a document far larger than an article): IPWire"
                            + " does not read it. Send the article as a smaller PDF or as text.");
        } catch (LimitExceeded e) {
            throw refuse(Reason.TOO_EXPANSIVE, name + " " + e.getMessage());
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw damaged(name, e);
        }
    }

    private PDDocument load(byte[] bytes, String name) throws IOException {
        try {
            return Loader.loadPDF(
                    bytes,
                    "",
                    null,
                    null,
                    MemoryUsageSetting.setupMainMemoryOnly(limits.pdfScratchMemoryBytes())
                            .streamCache);
        } catch (InvalidPasswordException e) {
            throw refuse(
                    Reason.ENCRYPTED,
                    name
                            + " is a password-protected PDF: IPWire cannot open it. Remove the"
                            + " password (save or print it as a new PDF without protection) and"
                            + " upload it again.",
                    e);
        } catch (IOException e) {
            if (FileSignatures.indexOf(bytes, ENCRYPT, 0, bytes.length) >= 0) {
                throw refuse(
                        Reason.ENCRYPTED,
                        name
                                + " is an encrypted PDF that IPWire cannot open (it may need a"
                                + " certificate or an unsupported security handler). Save it as a"
                                + " new PDF without protection and upload it again.",
                        e);
            }
            throw e;
        }
    }

    private String extract(PDDocument document, String name) throws IOException {
        BoundedStripper stripper = new BoundedStripper(limits, System.nanoTime());
        BoundedWriter out = new BoundedWriter(limits.maxTextCharacters());
        stripper.writeText(document, out);
        List<String> pages = new ArrayList<>();
        int start = 0;
        for (int end : stripper.pageEnds) {
            pages.add(out.text.substring(start, end));
            start = end;
        }
        pages.add(out.text.substring(start));
        StringBuilder text = new StringBuilder(out.text.length());
        for (String page : pages) {
            String clean = page.replaceFirst("^[\\r\\n]+", "").stripTrailing();
            if (!clean.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(clean);
            }
        }
        return text.toString();
    }

    private UnreadableDocumentException tooManyPages(String name) {
        return refuse(
                Reason.TOO_EXPANSIVE,
                name
                        + " has more than "
                        + limits.maxPdfPages()
                        + " pages, more than IPWire reads from one document: split it and upload"
                        + " the articles one by one.");
    }

    private static UnreadableDocumentException damaged(String name, Throwable cause) {
        return refuse(
                Reason.DAMAGED,
                name
                        + " is a damaged PDF that cannot be read. Export or download the PDF again"
                        + " and upload the new file.",
                cause);
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** A limit was reached while extracting; the message completes "name …". */
    private static final class LimitExceeded extends RuntimeException {
        LimitExceeded(String message) {
            super(message, null, false, false);
        }
    }

    /** PDFTextStripper that stops at the limits and records where each page ends. */
    private static final class BoundedStripper extends PDFTextStripper {
        private final DocumentLimits limits;
        private final long deadline;
        private final Set<COSBase> formsOnStack =
                Collections.newSetFromMap(new IdentityHashMap<>());
        private final List<Integer> pageEnds = new ArrayList<>();
        private int pagesSeen;
        private int pageCharacters;
        private BoundedWriter writer;

        BoundedStripper(DocumentLimits limits, long start) {
            this.limits = limits;
            this.deadline = start + limits.maxReadTime().toNanos();
            setSortByPosition(true);
            setLineSeparator("\n");
            setWordSeparator(" ");
            setPageStart("");
            setPageEnd("");
            setParagraphStart("");
            setParagraphEnd("");
            setArticleStart("");
            setArticleEnd("");
        }

        @Override
        public void writeText(PDDocument document, Writer out) throws IOException {
            this.writer = (BoundedWriter) out;
            super.writeText(document, out);
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            if (++pagesSeen > limits.maxPdfPages()) {
                throw new LimitExceeded(
                        "has more than "
                                + limits.maxPdfPages()
                                + " pages, more than IPWire reads from one document: split it and"
                                + " upload the articles one by one.");
            }
            checkTime();
            pageCharacters = 0;
            super.processPage(page);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            super.endPage(page);
            pageEnds.add(writer.text.length());
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands)
                throws IOException {
            checkTime();
            super.processOperator(operator, operands);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            pageCharacters += text.getUnicode() == null ? 1 : text.getUnicode().length();
            if (pageCharacters > limits.maxPdfPageCharacters()) {
                throw new LimitExceeded(
                        "draws more than "
                                + limits.maxPdfPageCharacters()
                                + " characters on one page, which no article page holds: IPWire"
                                + " does not read it. Send the article as text or DOCX.");
            }
            checkTime();
            super.processTextPosition(text);
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            COSBase stream = form.getCOSObject();
            if (formsOnStack.add(stream)) {
                try {
                    super.showForm(form);
                } finally {
                    formsOnStack.remove(stream);
                }
            }
        }

        @Override
        public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
            COSBase stream = form.getCOSObject();
            if (formsOnStack.add(stream)) {
                try {
                    super.showTransparencyGroup(form);
                } finally {
                    formsOnStack.remove(stream);
                }
            }
        }

        private void checkTime() {
            if (System.nanoTime() - deadline > 0) {
                throw new LimitExceeded(
                        "could not be read within "
                                + limits.maxReadTime().toSeconds()
                                + " seconds (its pages are far more complex than an article's):"
                                + " send the article as text, DOCX or a simpler PDF.");
            }
        }
    }

    /** Collects the text, failing once it is longer than the limit. */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final int limit;

        BoundedWriter(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            ensure(length);
            text.append(buffer, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            ensure(length);
            text.append(string, offset, offset + length);
        }

        private void ensure(int more) {
            if (text.length() + (long) more > limit) {
                throw new LimitExceeded(
                        "holds more than "
                                + limit
                                + " characters of text, more than IPWire reads from one document:"
                                + " split it and upload the articles one by one.");
            }
        }

        @Override
        public void flush() {
            // in memory
        }

        @Override
        public void close() {
            // in memory
        }
    }
}
