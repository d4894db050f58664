package dev.ipwire.ingest.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.ingest.documents.UnreadableDocumentException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The type comes from the bytes, not the name; what IPWire does not read is refused helpfully. */
class UploadedDocumentReaderTest {

    private final UploadedDocumentReader reader = new UploadedDocumentReader();

    @Test
    void pdfIsRecognizedByItsBytesWhateverItIsCalled() {
        byte[] pdf = TestDocuments.pdf(List.of(List.of("misnamed but a PDF")));

        ReadDocument document = reader.read(pdf, "article.txt", "text/plain");

        assertThat(document.format()).isEqualTo("pdf");
        assertThat(document.content()).isEqualTo("misnamed but a PDF");
    }

    @Test
    void pdfHeaderAfterLeadingJunkIsStillAPdf() {
        byte[] pdf = TestDocuments.pdf(List.of(List.of("after junk")));
        byte[] withJunk = new byte[pdf.length + 100];
        System.arraycopy(pdf, 0, withJunk, 100, pdf.length);
        java.util.Arrays.fill(withJunk, 0, 100, (byte) ' ');

        assertThat(reader.read(withJunk, "a.pdf", null).content()).isEqualTo("after junk");
    }

    @Test
    void docxIsRecognizedByItsBytesWithoutAName() {
        byte[] docx = TestDocuments.docx("标题", List.of("正文。"), null);

        ReadDocument document = reader.read(docx, null, "application/octet-stream");

        assertThat(document.format()).isEqualTo("docx");
        assertThat(document.content()).isEqualTo("标题\n\n正文。");
    }

    @Test
    void windowsProgramIsUnsupportedListingWhatIsRead() {
        Hostile.read(() -> reader.read(TestDocuments.windowsExecutable(), "setup.exe", null))
                .hasReason(Reason.UNSUPPORTED_TYPE)
                .saying("\"setup.exe\"", "Windows program", "txt, md, html, pdf or docx");
    }

    @Test
    void imagesAndArchivesAreUnsupported() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        byte[] jpeg = {
            (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'
        };
        byte[] gzip = {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3};

        Hostile.read(() -> reader.read(png, "scan.png", "image/png"))
                .hasReason(Reason.UNSUPPORTED_TYPE)
                .saying("PNG image", "pdf or docx");
        Hostile.read(() -> reader.read(jpeg, "photo.txt", "text/plain"))
                .hasReason(Reason.UNSUPPORTED_TYPE)
                .saying("JPEG image");
        Hostile.read(() -> reader.read(gzip, "news.gz", null))
                .hasReason(Reason.UNSUPPORTED_TYPE)
                .saying("gzip archive");
        Hostile.read(() -> reader.read(TestDocuments.zip("a.txt", "专利"), "news.zip", null))
                .hasReason(Reason.UNSUPPORTED_TYPE)
                .saying("zip archive");
    }

    @Test
    void spreadsheetPackageIsUnsupported() {
        byte[] xlsx =
                TestDocuments.zip(
                        "[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");

        Hostile.read(() -> reader.read(xlsx, "统计.xlsx", null))
                .hasReason(Reason.UNSUPPORTED_TYPE)
                .saying("Excel spreadsheet");
    }

    @Test
    void legacyWordDocumentIsUnsupportedWithAdviceToSaveAsDocx() {
        Hostile.read(() -> reader.read(TestDocuments.legacyDoc(), "旧稿.doc", "application/msword"))
                .hasReason(Reason.UNSUPPORTED_TYPE)
                .saying("\"旧稿.doc\"", "Word 97-2003", "save it as .docx");
    }

    @Test
    void damagedOfficeContainerIsDamaged() {
        byte[] ole2 = TestDocuments.randomBytes(3000, 8);
        byte[] magic = {
            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
        };
        System.arraycopy(magic, 0, ole2, 0, magic.length);

        Hostile.read(() -> reader.read(ole2, "x.doc", null))
                .hasReason(Reason.DAMAGED)
                .saying(".docx");
    }

    @Test
    void rtfIsUnsupportedRatherThanReadAsText() {
        byte[] rtf =
                "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 SimSun;}} \\f0 news}"
                        .getBytes(StandardCharsets.US_ASCII);

        Hostile.read(() -> reader.read(rtf, "news.doc", null))
                .hasReason(Reason.UNSUPPORTED_TYPE)
                .saying("RTF", ".docx");
    }

    @Test
    void emptyFileIsNotText() {
        Hostile.read(() -> reader.read(new byte[0], "空.txt", null))
                .hasReason(Reason.NOT_TEXT)
                .saying("\"空.txt\" is empty");
    }

    @Test
    void withoutANameTheMessageSaysTheUploadedFile() {
        Hostile.read(() -> reader.read(TestDocuments.windowsExecutable(), null, null))
                .saying("The uploaded file is a Windows program");
    }

    @Test
    void controlCharactersInTheNameAreNotEchoed() {
        Hostile.read(() -> reader.read(TestDocuments.windowsExecutable(), "evil\r\nname.exe", null))
                .saying("\"evilname.exe\"");
    }
}
