package dev.ipwire.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    private static final String TEXT = "国家知识产权局公布专利统计数据\n有效发明专利同比增长。";

    @Test
    void utf8() {
        assertThat(TextDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
    }

    @Test
    void utf8ByteOrderMarkIsDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);

        assertThat(TextDecoding.decode(bytes)).isEqualTo(TEXT);
    }

    @Test
    void gbk() {
        byte[] gbk = TEXT.getBytes(Charset.forName("GBK"));

        assertThat(TextDecoding.decode(gbk)).isEqualTo(TEXT);
    }

    @Test
    void gb18030WithCharactersOutsideGbk() {
        // 𠀀 (U+20000) and € exist in GB18030 but not in GBK.
        String text = "罕见字𠀀出现在专利文献中，价格为€100。";

        assertThat(TextDecoding.decode(text.getBytes(Charset.forName("GB18030")))).isEqualTo(text);
    }

    @Test
    void asciiIsAscii() {
        assertThat(TextDecoding.decode("plain ASCII".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("plain ASCII");
    }

    @Test
    void undecodableBytesAreRefused() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, (byte) 0xFF, (byte) 0x80, (byte) 0xFF};

        assertThatThrownBy(() -> TextDecoding.decode(bytes))
                .isInstanceOf(UnparseableDocumentException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void truncatedMultibyteSequenceIsRefused() {
        byte[] utf8 = "专".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = {utf8[0], utf8[1], (byte) 0xFF};

        assertThatThrownBy(() -> TextDecoding.decode(truncated))
                .isInstanceOf(UnparseableDocumentException.class);
    }
}
