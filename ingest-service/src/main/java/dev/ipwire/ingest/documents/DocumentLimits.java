package dev.ipwire.ingest.documents;

import java.time.Duration;

/**
 * How far reading one uploaded document may go before it is refused as {@link
 * UnreadableDocumentException.Reason#TOO_EXPANSIVE}. The upload itself is already bounded by the
 * multipart limit ({@code ipwire.ingest.max-content-size}, 10 MB by default); these bound what the
 * bytes may expand to, so a hostile file costs bounded time and memory.
 *
 * @param maxTextCharacters longest text extracted from one document
 * @param maxPdfPages most pages in a PDF
 * @param maxPdfPageCharacters most characters drawn on one PDF page
 * @param maxPdfDecodedBytes most bytes the streams of a PDF may decompress to, all together
 * @param pdfScratchMemoryBytes main memory PDFBox may use for its stream cache
 * @param maxZipEntries most entries in a DOCX (zip) package
 * @param maxZipEntryBytes largest uncompressed entry of a DOCX package
 * @param maxZipXmlPartBytes largest uncompressed XML part of a DOCX package (parsed into memory)
 * @param maxZipTotalBytes most uncompressed bytes of a DOCX package, all entries together
 * @param minZipInflateRatio smallest compressed/uncompressed ratio of a DOCX entry larger than
 *     {@code zipRatioGraceBytes}
 * @param zipRatioGraceBytes entries up to this size are not checked for their ratio
 * @param maxReadTime longest a PDF's text extraction may take
 */
record DocumentLimits(
        int maxTextCharacters,
        int maxPdfPages,
        int maxPdfPageCharacters,
        long maxPdfDecodedBytes,
        long pdfScratchMemoryBytes,
        int maxZipEntries,
        long maxZipEntryBytes,
        long maxZipXmlPartBytes,
        long maxZipTotalBytes,
        double minZipInflateRatio,
        long zipRatioGraceBytes,
        Duration maxReadTime) {

    private static final long MB = 1024L * 1024L;

    /**
     * The limits in production. A newsroom document is an article, a press release or at most a
     * report of a few hundred pages: 4 million characters is about 1,500 pages of Chinese text; 300
     * PDF pages covers annual IP white papers; a dense printed page holds well under 50,000
     * characters. A 10 MB upload whose streams decompress past 256 MB, or a DOCX unpacking past 100
     * MB (or compressing better than 100:1, POI's own threshold), is a bomb rather than a document.
     * XML parts are parsed into memory, so they get a tighter bound than media.
     */
    static final DocumentLimits DEFAULT =
            new DocumentLimits(
                    4_000_000,
                    300,
                    50_000,
                    256 * MB,
                    64 * MB,
                    1_000,
                    50 * MB,
                    20 * MB,
                    100 * MB,
                    0.01,
                    100 * 1024L,
                    Duration.ofSeconds(20));
}
