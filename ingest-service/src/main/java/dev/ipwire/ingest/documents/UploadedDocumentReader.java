package dev.ipwire.ingest.documents;

import static dev.ipwire.ingest.documents.Refusals.ACCEPTED_TYPES;
import static dev.ipwire.ingest.documents.Refusals.refuse;

import dev.ipwire.ingest.documents.UnreadableDocumentException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads every kind of file a newsroom uploads: plain text, Markdown and HTML (UTF-8, UTF-16,
 * GB18030/GBK or Big5), PDF and DOCX.
 *
 * <p>The type comes from the bytes (magic numbers), never from the name: {@code %PDF} is a PDF, a
 * zip package with {@code word/document.xml} is a DOCX, an OLE2 container is a legacy or
 * password-protected Office file, known binary formats are refused, and anything else must be text.
 * The file name and Content-Type only tell Markdown and HTML from plain text.
 *
 * <p>Hostile files (bombs, endless pages, damaged or encrypted files) are refused with a reason
 * within bounded time and memory; see {@link DocumentLimits}.
 */
@Component
public class UploadedDocumentReader implements DocumentReader {

    private static final Logger log = LoggerFactory.getLogger(UploadedDocumentReader.class);

    private final DocumentLimits limits;
    private final PdfText pdf;
    private final DocxText docx;

    public UploadedDocumentReader() {
        this(DocumentLimits.DEFAULT);
    }

    UploadedDocumentReader(DocumentLimits limits) {
        this.limits = limits;
        this.pdf = new PdfText(limits);
        this.docx = new DocxText(limits);
    }

    @Override
    public ReadDocument read(byte[] bytes, String fileName, String contentType) {
        try {
            return readByType(bytes, fileName, contentType);
        } catch (UnreadableDocumentException e) {
            log.info(
                    "refused upload {} ({} bytes): {} — {}",
                    Refusals.describe(fileName),
                    bytes == null ? 0 : bytes.length,
                    e.reason(),
                    e.getCause() == null ? e.getMessage() : e.getCause().toString());
            throw e;
        }
    }

    private ReadDocument readByType(byte[] bytes, String fileName, String contentType) {
        String name = Refusals.describe(fileName);
        if (bytes == null || bytes.length == 0) {
            throw refuse(Reason.NOT_TEXT, name + " is empty: upload a file with the article.");
        }
        if (FileSignatures.isPdf(bytes)) {
            return pdf.read(bytes, fileName);
        }
        if (FileSignatures.isZip(bytes)) {
            return zipPackage(bytes, fileName);
        }
        if (FileSignatures.isOle2(bytes)) {
            throw OfficeContainers.refusal(bytes, fileName);
        }
        String kind = FileSignatures.unsupportedKind(bytes);
        if (kind != null) {
            throw unsupported(name, kind);
        }
        return PlainText.read(bytes, fileName, contentType);
    }

    private ReadDocument zipPackage(byte[] bytes, String fileName) {
        String name = Refusals.describe(fileName);
        ZipAudit.Contents contents;
        try {
            contents = ZipAudit.audit(bytes, limits);
        } catch (ZipAudit.TooExpansive e) {
            throw refuse(
                    Reason.TOO_EXPANSIVE,
                    name
                            + " "
                            + e.getMessage()
                            + ": IPWire does not read it. Send the article as a smaller file or as"
                            + " text.");
        }
        boolean word =
                contents.has("word/document.xml")
                        || contents.hasAnyUnder("word/")
                        || "docx".equals(PlainText.extension(fileName));
        if (word && contents.damaged()) {
            throw refuse(
                    Reason.DAMAGED,
                    name
                            + " is a damaged or truncated Word document (its zip package is"
                            + " incomplete). Upload the complete file, or open it in Word or WPS,"
                            + " save it again as .docx and upload the new file.");
        }
        if (contents.has("word/document.xml")) {
            return docx.read(bytes, fileName);
        }
        if (contents.hasAnyUnder("xl/")) {
            throw unsupported(name, "an Excel spreadsheet (.xlsx)");
        }
        if (contents.hasAnyUnder("ppt/")) {
            throw unsupported(name, "a PowerPoint presentation (.pptx)");
        }
        if (word) {
            throw DocxText.damaged(name, null);
        }
        throw unsupported(name, "a zip archive");
    }

    private static UnreadableDocumentException unsupported(String name, String kind) {
        return refuse(
                Reason.UNSUPPORTED_TYPE,
                name
                        + " is "
                        + kind
                        + ", not a document IPWire reads: upload the article as "
                        + ACCEPTED_TYPES
                        + ".");
    }
}
