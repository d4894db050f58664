package dev.ipwire.ingest.documents;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Walks a zip package entry by entry the way POI reads it (local headers, in order), inflating into
 * a counter, to learn what it holds and to refuse it before anything is kept in memory when it
 * expands too far: too many entries, an entry or an XML part too large, all entries together too
 * large, or an entry compressed better than the minimum ratio (the sign of a zip bomb).
 */
final class ZipAudit {

    private static final byte[] END_OF_CENTRAL_DIRECTORY = {'P', 'K', 5, 6};

    /** The end-of-central-directory record sits in the last 22 bytes plus a comment of ≤ 64 KB. */
    private static final int END_RECORD_WINDOW = 22 + 65_535;

    /** Thrown when the package expands too far; the message completes "name …". */
    static final class TooExpansive extends Exception {
        TooExpansive(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * What the walk found.
     *
     * @param entries names of the entries read, lower case
     * @param damaged whether the package is truncated or not a valid zip
     */
    record Contents(Set<String> entries, boolean damaged) {

        boolean has(String entry) {
            return entries.contains(entry);
        }

        boolean hasAnyUnder(String folder) {
            return entries.stream().anyMatch(name -> name.startsWith(folder));
        }
    }

    private ZipAudit() {}

    static Contents audit(byte[] zip, DocumentLimits limits) throws TooExpansive {
        Set<String> names = new LinkedHashSet<>();
        int end =
                FileSignatures.lastIndexOf(
                        zip, END_OF_CENTRAL_DIRECTORY, zip.length - END_RECORD_WINDOW, zip.length);
        boolean damaged = end < 0;
        CountingInput raw = new CountingInput(new ByteArrayInputStream(zip));
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (names.size() >= limits.maxZipEntries()) {
                    throw new TooExpansive(
                            "holds more than "
                                    + limits.maxZipEntries()
                                    + " files in its package, far more than a document has");
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                names.add(name);
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
                long limit = xml ? limits.maxZipXmlPartBytes() : limits.maxZipEntryBytes();
                long compressedStart = raw.count;
                long size = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (size > limit) {
                        throw new TooExpansive(
                                "contains a part ("
                                        + entry.getName()
                                        + ") that unpacks to more than "
                                        + megabytes(limit)
                                        + " MB (a document far larger than an article, or a zip"
                                        + " bomb)");
                    }
                    if (total > limits.maxZipTotalBytes()) {
                        throw new TooExpansive(
                                "unpacks to more than "
                                        + megabytes(limits.maxZipTotalBytes())
                                        + " MB (a document far larger than an article, or a zip"
                                        + " bomb)");
                    }
                    long compressed = raw.count - compressedStart;
                    if (size > limits.zipRatioGraceBytes()
                            && compressed < size * limits.minZipInflateRatio()) {
                        throw new TooExpansive(
                                "contains a part ("
                                        + entry.getName()
                                        + ") compressed more than "
                                        + Math.round(1 / limits.minZipInflateRatio())
                                        + " to 1, the mark of a zip bomb");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            damaged = true;
        }
        return new Contents(names, damaged);
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** Counts the compressed bytes the zip reader has consumed. */
    private static final class CountingInput extends FilterInputStream {
        private long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
