package dev.ipwire.ingest.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.ingest.documents.UnreadableDocumentException.Reason;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PDFs: text in reading order with page breaks, and every way a PDF can be refused. */
class PdfTextTest {

    private static byte[] bomb;

    private final UploadedDocumentReader reader = new UploadedDocumentReader();

    @BeforeAll
    static void buildBomb() {
        // 400 MB of content-stream operators in about 400 KB.
        bomb = TestDocuments.pdfBomb(400);
    }

    private ReadDocument read(byte[] pdf) {
        return reader.read(pdf, "报告.pdf", "application/pdf");
    }

    private static DocumentLimits limits(int pages, int textCharacters, Duration time) {
        DocumentLimits d = DocumentLimits.DEFAULT;
        return new DocumentLimits(
                textCharacters,
                pages,
                d.maxPdfPageCharacters(),
                d.maxPdfDecodedBytes(),
                d.pdfScratchMemoryBytes(),
                d.maxZipEntries(),
                d.maxZipEntryBytes(),
                d.maxZipXmlPartBytes(),
                d.maxZipTotalBytes(),
                d.minZipInflateRatio(),
                d.zipRatioGraceBytes(),
                time);
    }

    @Test
    void linesOfAPageAreLinesAndPagesAreSeparatedByABlankLine() {
        byte[] pdf =
                TestDocuments.pdf(
                        List.of(
                                List.of("Patent office publishes", "the annual statistics"),
                                List.of("Second page, first line", "second line")));

        ReadDocument document = read(pdf);

        assertThat(document.format()).isEqualTo("pdf");
        assertThat(document.content())
                .isEqualTo(
                        "Patent office publishes\nthe annual statistics\n\n"
                                + "Second page, first line\nsecond line");
    }

    @Test
    void chineseTextInANonEmbeddedAdobeFontRoundTrips() {
        byte[] pdf =
                TestDocuments.chinesePdf(
                        List.of(
                                List.of("知识产权质押融资登记金额创新高", "　　本报讯　今年前三季度，全省专利商标质押"),
                                List.of("融资登记金额同比增长两成。")));

        assertThat(read(pdf).content())
                .isEqualTo("知识产权质押融资登记金额创新高\n　　本报讯　今年前三季度，全省专利商标质押\n\n" + "融资登记金额同比增长两成。");
    }

    @Test
    void textIsInReadingOrderWhateverTheDrawingOrder() {
        byte[] pdf =
                TestDocuments.pdfWithLinesAt(
                        List.of("third line", "first line", "second line"), List.of(600, 700, 650));

        assertThat(read(pdf).content()).isEqualTo("first line\nsecond line\nthird line");
    }

    @Test
    void pagesWithoutTextAddNoBlankLines() {
        byte[] pdf =
                TestDocuments.pdf(List.of(List.of("page one"), List.of(), List.of("page three")));

        assertThat(read(pdf).content()).isEqualTo("page one\n\npage three");
    }

    @Test
    void passwordProtectedPdfIsEncrypted() {
        byte[] pdf = TestDocuments.encryptedPdf("reader-secret", List.of("confidential draft"));

        Hostile.read(() -> read(pdf))
                .hasReason(Reason.ENCRYPTED)
                .saying("\"报告.pdf\"", "password", "Remove the password");
    }

    @Test
    void pdfThatOpensWithoutPasswordButRestrictsPermissionsIsRead() {
        byte[] pdf = TestDocuments.encryptedPdf("", List.of("public notice", "with restrictions"));

        assertThat(read(pdf).content()).isEqualTo("public notice\nwith restrictions");
    }

    @Test
    void flateBombIsTooExpansiveWithoutDecompressingIntoMemory() {
        Hostile.read(() -> read(bomb))
                .hasReason(Reason.TOO_EXPANSIVE)
                .saying("decompresses to more than 256 MB")
                .allocatedLessThanMegabytes(64);
    }

    @Test
    void flateBombInAnEncryptedPdfIsTooExpansive() {
        // Its streams are encrypted, so only the audit of the decrypted document can see them.
        byte[] encryptedBomb = TestDocuments.encrypted(bomb, "");

        Hostile.read(() -> read(encryptedBomb))
                .hasReason(Reason.TOO_EXPANSIVE)
                .saying("decompresses to more than 256 MB")
                .allocatedLessThanMegabytes(64);
    }

    @Test
    void moreThan300PagesIsTooExpansive() {
        byte[] pdf = TestDocuments.pdfWithPages(301);

        Hostile.read(() -> read(pdf)).hasReason(Reason.TOO_EXPANSIVE).saying("more than 300 pages");
    }

    @Test
    void pageLimitIsInclusive() {
        UploadedDocumentReader small =
                new UploadedDocumentReader(limits(3, 1_000, Duration.ofSeconds(20)));

        assertThat(small.read(TestDocuments.pdfWithPages(3), "a.pdf", null).content())
                .isEqualTo("Page 1\n\nPage 2\n\nPage 3");
        Hostile.read(() -> small.read(TestDocuments.pdfWithPages(4), "a.pdf", null))
                .hasReason(Reason.TOO_EXPANSIVE);
    }

    @Test
    void textLongerThanTheLimitIsTooExpansive() {
        UploadedDocumentReader small =
                new UploadedDocumentReader(limits(300, 40, Duration.ofSeconds(20)));
        byte[] pdf =
                TestDocuments.pdf(
                        List.of(List.of("a line of twenty-two.", "and another of twenty")));

        Hostile.read(() -> small.read(pdf, "a.pdf", null))
                .hasReason(Reason.TOO_EXPANSIVE)
                .saying("more than 40 characters");
    }

    @Test
    void pageWithMoreCharactersThanAnyArticlePageIsTooExpansive() {
        byte[] pdf = TestDocuments.pdfWithDensePage(60_000);

        Hostile.read(() -> read(pdf)).hasReason(Reason.TOO_EXPANSIVE).saying("on one page");
    }

    @Test
    void endlesslyNestedFormsStopAtTheTimeLimit() {
        // 10^12 drawings of a line: no text, no big stream, only work.
        UploadedDocumentReader impatient =
                new UploadedDocumentReader(limits(300, 1_000, Duration.ofSeconds(1)));
        byte[] pdf = TestDocuments.pdfWithNestedForms(12, 10);

        Hostile.read(() -> impatient.read(pdf, "forms.pdf", null))
                .hasReason(Reason.TOO_EXPANSIVE)
                .saying("within 1 seconds");
    }

    @Test
    void formThatDrawsItselfIsDrawnOnce() {
        byte[] pdf = TestDocuments.pdfWithSelfDrawingForm("page text", "form text");

        assertThat(read(pdf).content()).isEqualTo("page text\nform text");
    }

    @Test
    void pdfWithoutTextLayerIsNotTextAndSuggestsOcr() {
        Hostile.read(() -> read(TestDocuments.pdfWithoutText()))
                .hasReason(Reason.NOT_TEXT)
                .saying("OCR");
    }

    @Test
    void corruptPdfIsDamaged() {
        Hostile.read(() -> read(TestDocuments.corruptPdf()))
                .hasReason(Reason.DAMAGED)
                .saying("damaged PDF", "again");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.3, 0.5, 0.7, 0.9, 0.99})
    void truncatedPdfIsDamaged(double kept) {
        byte[] pdf =
                TestDocuments.truncated(
                        TestDocuments.chinesePdf(List.of(List.of("专利"), List.of("商标"))), kept);

        Hostile.read(() -> read(pdf)).hasReason(Reason.DAMAGED).saying("complete file");
    }

    @Test
    void garbageBetweenHeaderAndEndMarkIsDamagedNotAnError() {
        for (long seed = 0; seed < 20; seed++) {
            byte[] body = TestDocuments.randomBytes(2000, seed);
            byte[] pdf = new byte[body.length + 20];
            System.arraycopy("%PDF-1.4\n".getBytes(), 0, pdf, 0, 9);
            System.arraycopy(body, 0, pdf, 9, body.length);
            System.arraycopy("\n%%EOF\n".getBytes(), 0, pdf, 9 + body.length, 7);

            Hostile.read(() -> read(pdf)).hasReason(Reason.DAMAGED);
        }
    }
}
