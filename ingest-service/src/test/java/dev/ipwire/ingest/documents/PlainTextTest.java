package dev.ipwire.ingest.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ipwire.ingest.documents.UnreadableDocumentException.Reason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Uploaded text files: encodings found from the bytes, strict decoding, Markdown and HTML. */
class PlainTextTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");

    private static final String SIMPLIFIED =
            "市知识产权局召开专利转化运用推进会\n会议提出，今年将新建两家知识产权保护工作站，帮助中小企业开展专利布局。\n";
    private static final String TRADITIONAL = "智慧財產局公布年度專利統計\n去年發明專利申請量較前年成長百分之三，其中半導體領域申請件數最多。\n";

    private final UploadedDocumentReader reader = new UploadedDocumentReader();

    private String read(byte[] bytes) {
        return reader.read(bytes, "news.txt", "text/plain").content();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void utf8WithAndWithoutByteOrderMark() {
        byte[] utf8 = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);

        assertThat(read(utf8)).isEqualTo(SIMPLIFIED);
        assertThat(read(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8)))
                .isEqualTo(SIMPLIFIED);
    }

    @Test
    void utf16WithByteOrderMarkInEitherByteOrder() {
        assertThat(
                        read(
                                concat(
                                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                                        TRADITIONAL.getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo(TRADITIONAL);
        assertThat(
                        read(
                                concat(
                                        new byte[] {(byte) 0xFE, (byte) 0xFF},
                                        SIMPLIFIED.getBytes(StandardCharsets.UTF_16BE))))
                .isEqualTo(SIMPLIFIED);
    }

    @Test
    void gbkAndGb18030() {
        assertThat(read(SIMPLIFIED.getBytes(GBK))).isEqualTo(SIMPLIFIED);
        assertThat(read(SIMPLIFIED.getBytes(GB18030))).isEqualTo(SIMPLIFIED);
    }

    @Test
    void gb18030CharactersOutsideGbk() {
        // 𠀀 (U+20000, a four-byte sequence) and € exist in GB18030 but not in GBK.
        String text = "古籍数字化项目收录罕用字𠀀，单件授权费为€200。";

        assertThat(read(text.getBytes(GB18030))).isEqualTo(text);
    }

    @Test
    void big5() {
        assertThat(read(TRADITIONAL.getBytes(BIG5))).isEqualTo(TRADITIONAL);
    }

    /**
     * Short texts are where detectors guess; GB18030 decodes any Big5 text without error, so the
     * choice must come from what the characters look like.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "专利",
                "商标注册",
                "地理标志产品",
                "知识产权质押融资",
                "版权登记量增长",
                "国家知识产权局",
                "（完）",
                "发明专利授权量：92.1万件"
            })
    void shortSimplifiedTextInGbk(String text) {
        assertThat(read(text.getBytes(GBK))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "專利",
                "商標註冊",
                "臺灣智慧財產局",
                "智慧財產法院判決",
                "著作權登記",
                "營業秘密保護",
                "（完）",
                "新型專利公告：一千二百件"
            })
    void shortTraditionalTextInBig5(String text) {
        assertThat(read(text.getBytes(BIG5))).isEqualTo(text);
    }

    @Test
    void asciiIsText() {
        assertThat(read("Patent statistics 2024".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("Patent statistics 2024");
    }

    @Test
    void aStrayControlCharacterInLongTextIsTolerated() {
        String text = SIMPLIFIED + "\u0008" + SIMPLIFIED;

        assertThat(read(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void bytesValidInNoSupportedEncodingAreNotText() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFF, (byte) 0x80, (byte) 0xFF};

        assertThatThrownBy(() -> read(bytes))
                .isInstanceOfSatisfying(
                        UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_TEXT))
                .hasMessageContaining("\"news.txt\"")
                .hasMessageContaining("UTF-8")
                .hasMessageContaining("GB18030")
                .hasMessageContaining("Big5")
                .hasMessageContaining("Re-save it as UTF-8");
    }

    @Test
    void truncatedMultibyteSequenceIsNotText() {
        byte[] utf8 = "专".getBytes(StandardCharsets.UTF_8);

        assertNotText(new byte[] {utf8[0], utf8[1], (byte) 0xFF}, "UTF-8");
    }

    @Test
    void nulBytesAreBinary() {
        byte[] bytes = concat(SIMPLIFIED.getBytes(StandardCharsets.UTF_8), new byte[] {0, 0, 0, 1});

        assertNotText(bytes, "NUL");
    }

    @Test
    void randomBinaryIsNotText() {
        assertNotText(TestDocuments.randomBytes(10_000, 42), "binary");
    }

    @Test
    void randomBinaryWithoutNulBytesIsNotText() {
        byte[] bytes = TestDocuments.randomBytes(10_000, 43);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                bytes[i] = 1;
            }
        }

        assertNotText(bytes, "UTF-8");
    }

    @Test
    void manyControlCharactersAreBinary() {
        byte[] bytes = new byte[400];
        Arrays.fill(bytes, (byte) 'a');
        for (int i = 0; i < bytes.length; i += 20) {
            bytes[i] = 0x02;
        }

        assertNotText(bytes, "control characters");
    }

    @Test
    void byteOrderMarkOverInvalidTextIsNotText() {
        assertNotText(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3, 0x28},
                "byte order mark");
        assertNotText(
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {0x41}),
                "byte order mark");
    }

    @Test
    void binaryNamedPdfSaysItIsNotAPdf() {
        assertThatThrownBy(
                        () ->
                                reader.read(
                                        TestDocuments.randomBytes(3000, 5),
                                        "报告.pdf",
                                        "application/pdf"))
                .isInstanceOfSatisfying(
                        UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_TEXT))
                .hasMessageContaining("named .pdf");
    }

    @Test
    void textNamedPdfIsReadAsText() {
        ReadDocument document =
                reader.read(
                        SIMPLIFIED.getBytes(StandardCharsets.UTF_8), "误命名.pdf", "application/pdf");

        assertThat(document.content()).isEqualTo(SIMPLIFIED);
        assertThat(document.format()).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {
                "news.md, NULL, 标题, markdown",
                "news.MARKDOWN, NULL, 标题, markdown",
                "news.html, NULL, 标题, html",
                "news.htm, NULL, 标题, html",
                "news.txt, text/plain, <!DOCTYPE html><p>标题</p>, html",
                "news.txt, text/plain, '  <html><body>标题</body></html>', html",
                "news.txt, text/plain, <p>标题</p>, html",
                "news.txt, text/html, 标题, NULL",
                "news, text/html, 标题, html",
                "NULL, text/markdown, 标题, markdown",
                "news.txt, text/plain, 标题, NULL",
                "news.txt, text/plain, <不是标签> 标题, NULL",
                "news.txt, text/plain, 3 < 5 标题, NULL"
            })
    void formatComesFromTheNameTheContentTypeOrLeadingMarkup(
            String fileName, String contentType, String text, String format) {
        ReadDocument document =
                reader.read(text.getBytes(StandardCharsets.UTF_8), fileName, contentType);

        assertThat(document.format()).isEqualTo(format);
        assertThat(document.content()).isEqualTo(text);
    }

    private void assertNotText(byte[] bytes, String detail) {
        assertThatThrownBy(() -> read(bytes))
                .isInstanceOfSatisfying(
                        UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_TEXT))
                .hasMessageContaining(detail);
    }
}
