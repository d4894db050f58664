package dev.ipwire.ingest.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZipAuditTest {

    private static DocumentLimits limits(int entries, long entry, long xml, long total) {
        DocumentLimits d = DocumentLimits.DEFAULT;
        return new DocumentLimits(
                d.maxTextCharacters(),
                d.maxPdfPages(),
                d.maxPdfPageCharacters(),
                d.maxPdfDecodedBytes(),
                d.pdfScratchMemoryBytes(),
                entries,
                entry,
                xml,
                total,
                d.minZipInflateRatio(),
                d.zipRatioGraceBytes(),
                d.maxReadTime());
    }

    /** Text that compresses about as well as a real document part (not better than 1:2). */
    private static String incompressible(int length, long seed) {
        return Base64.getEncoder().encodeToString(TestDocuments.randomBytes(length * 3 / 4, seed));
    }

    @Test
    void listsTheEntriesOfACompletePackage() throws Exception {
        ZipAudit.Contents contents =
                ZipAudit.audit(
                        TestDocuments.docx("标题", List.of("正文。"), null), DocumentLimits.DEFAULT);

        assertThat(contents.damaged()).isFalse();
        assertThat(contents.entries()).contains("[content_types].xml", "word/document.xml");
    }

    @Test
    void truncatedPackageIsDamaged() throws Exception {
        byte[] docx = TestDocuments.docx("标题", List.of("正文。"), null);

        assertThat(
                        ZipAudit.audit(TestDocuments.truncated(docx, 0.7), DocumentLimits.DEFAULT)
                                .damaged())
                .isTrue();
    }

    @Test
    void tooManyEntries() {
        byte[] zip = TestDocuments.zip("a", "1", "b", "2", "c", "3", "d", "4");

        assertThatThrownBy(() -> ZipAudit.audit(zip, limits(3, 1 << 20, 1 << 20, 1 << 20)))
                .isInstanceOf(ZipAudit.TooExpansive.class)
                .hasMessageContaining("more than 3 files");
    }

    @Test
    void xmlPartsHaveATighterLimitThanMedia() throws Exception {
        String part = incompressible(20_000, 1);
        DocumentLimits limits = limits(100, 50_000, 10_000, 1 << 20);

        assertThat(
                        ZipAudit.audit(TestDocuments.zip("word/media/image1.bin", part), limits)
                                .damaged())
                .isFalse();
        assertThatThrownBy(
                        () -> ZipAudit.audit(TestDocuments.zip("word/document.xml", part), limits))
                .isInstanceOf(ZipAudit.TooExpansive.class)
                .hasMessageContaining("word/document.xml");
    }

    @Test
    void allEntriesTogether() {
        byte[] zip =
                TestDocuments.zip(
                        "a.bin", incompressible(30_000, 1),
                        "b.bin", incompressible(30_000, 2),
                        "c.bin", incompressible(30_000, 3));

        assertThatThrownBy(() -> ZipAudit.audit(zip, limits(100, 50_000, 50_000, 80_000)))
                .isInstanceOf(ZipAudit.TooExpansive.class)
                .hasMessageContaining("unpacks to more than");
    }

    @Test
    void compressionBetterThanTheMinimumRatio() {
        assertThatThrownBy(() -> ZipAudit.audit(TestDocuments.docxBomb(2), DocumentLimits.DEFAULT))
                .isInstanceOf(ZipAudit.TooExpansive.class)
                .hasMessageContaining("compressed more than 100 to 1");
    }
}
