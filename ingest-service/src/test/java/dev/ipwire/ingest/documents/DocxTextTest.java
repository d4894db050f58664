package dev.ipwire.ingest.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.ingest.documents.UnreadableDocumentException.Reason;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Word documents: paragraphs in order, tables, and every way a DOCX can be refused. */
class DocxTextTest {

    private static byte[] bomb;

    private final UploadedDocumentReader reader = new UploadedDocumentReader();

    @BeforeAll
    static void buildBomb() {
        // word/document.xml of 300 MB in about 300 KB.
        bomb = TestDocuments.docxBomb(300);
    }

    private ReadDocument read(byte[] docx) {
        return reader.read(docx, "稿件.docx", null);
    }

    @Test
    void headingAndParagraphsInOrderSeparatedByBlankLines() {
        byte[] docx =
                TestDocuments.docx(
                        "商标品牌指导站揭牌",
                        List.of("　　本报讯　指导站将为小微企业提供商标注册、运用和保护咨询。", "据介绍，全市已建成指导站十二家。"),
                        null);

        ReadDocument document = read(docx);

        assertThat(document.format()).isEqualTo("docx");
        assertThat(document.content())
                .isEqualTo(
                        "商标品牌指导站揭牌\n\n"
                                + "　　本报讯　指导站将为小微企业提供商标注册、运用和保护咨询。\n\n"
                                + "据介绍，全市已建成指导站十二家。");
    }

    @Test
    void dataTableRowsBecomeTabSeparatedLines() {
        byte[] docx =
                TestDocuments.docx(
                        "各地专利授权量",
                        List.of("统计如下。"),
                        new String[][] {{"地区", "发明专利", "实用新型"}, {"甲市", "1200件", "3400件"}});

        assertThat(read(docx).content())
                .isEqualTo("各地专利授权量\n\n统计如下。\n\n地区\t发明专利\t实用新型\n\n甲市\t1200件\t3400件");
    }

    @Test
    void layoutTableGivesItsParagraphsAndRunsHyperlinksAndBreaksAreKept() {
        byte[] docx =
                TestDocuments.docxWithLayoutTable(
                        "地理标志保护工程启动",
                        List.of(
                                "　　本报讯　省知识产权局近日启动地理标志保护工程，首批支持十个产品。",
                                "　　工程将在三年内完成产品标准制定和专用标志使用核准。"));

        assertThat(read(docx).content())
                .isEqualTo(
                        "地理标志保护工程启动\n\n"
                                + "　　本报讯　省知识产权局近日启动地理标志保护工程，首批支持十个产品。\n\n"
                                + "　　工程将在三年内完成产品标准制定和专用标志使用核准。\n\n"
                                + "详见公告原文\n（完）");
    }

    @Test
    void passwordProtectedDocxIsEncrypted() {
        byte[] docx =
                TestDocuments.encryptedDocx(
                        TestDocuments.docx("内部稿件", List.of("未公开内容。"), null), "编辑部密码");

        Hostile.read(() -> read(docx))
                .hasReason(Reason.ENCRYPTED)
                .saying("\"稿件.docx\"", "password-protected", "remove the password", ".docx");
    }

    @Test
    void zipBombIsTooExpansiveWithoutInflatingIntoMemory() {
        Hostile.read(() -> read(bomb))
                .hasReason(Reason.TOO_EXPANSIVE)
                .saying("zip bomb", "word/document.xml")
                .allocatedLessThanMegabytes(32);
    }

    @Test
    void poiGuardStopsABombOnItsOwn() {
        // Straight to POI, past ZipAudit: ZipSecureFile's limits must hold by themselves.
        DocxText poiOnly = new DocxText(DocumentLimits.DEFAULT);

        Hostile.read(() -> poiOnly.read(bomb, "稿件.docx"))
                .hasReason(Reason.TOO_EXPANSIVE)
                .saying("zip bomb")
                .allocatedLessThanMegabytes(256);
    }

    @Test
    void largeButOrdinaryCompressionIsNotABomb() {
        StringBuilder text = new StringBuilder();
        java.util.Random random = new java.util.Random(9);
        for (int i = 0; i < 3000; i++) {
            text.append((char) ('\u4e00' + random.nextInt(2000)));
        }
        byte[] docx =
                TestDocuments.docx("长文", List.of(text.toString(), text.reverse().toString()), null);

        assertThat(read(docx).content()).hasSize(2 + 2 + 3000 + 2 + 3000);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.5, 0.8, 0.95})
    void truncatedDocxIsDamaged(double kept) {
        byte[] docx =
                TestDocuments.truncated(
                        TestDocuments.docx("标题", List.of("第一段。", "第二段。"), null), kept);

        Hostile.read(() -> read(docx)).hasReason(Reason.DAMAGED).saying("save it again as .docx");
    }

    @Test
    void malformedDocumentXmlIsDamaged() {
        Hostile.read(() -> read(TestDocuments.docxWithBrokenXml()))
                .hasReason(Reason.DAMAGED)
                .saying("damaged Word document");
    }

    @Test
    void documentWithoutTextIsNotText() {
        byte[] docx = TestDocuments.docx(null, List.of(), null);

        Hostile.read(() -> read(docx)).hasReason(Reason.NOT_TEXT).saying("without text");
    }

    @Test
    void textLongerThanTheLimitIsTooExpansive() {
        DocumentLimits d = DocumentLimits.DEFAULT;
        DocumentLimits small =
                new DocumentLimits(
                        20,
                        d.maxPdfPages(),
                        d.maxPdfPageCharacters(),
                        d.maxPdfDecodedBytes(),
                        d.pdfScratchMemoryBytes(),
                        d.maxZipEntries(),
                        d.maxZipEntryBytes(),
                        d.maxZipXmlPartBytes(),
                        d.maxZipTotalBytes(),
                        d.minZipInflateRatio(),
                        d.zipRatioGraceBytes(),
                        d.maxReadTime());
        byte[] docx = TestDocuments.docx("标题", List.of("十个字的第一个段落。", "十个字的第二个段落。"), null);

        Hostile.read(() -> new UploadedDocumentReader(small).read(docx, "a.docx", null))
                .hasReason(Reason.TOO_EXPANSIVE)
                .saying("more than 20 characters");
    }
}
