package dev.ipwire.ingest.documents;

import java.nio.charset.StandardCharsets;

/** Recognizes file types by their first bytes (magic numbers), whatever the file is called. */
final class FileSignatures {

    /** PDF readers accept the header anywhere in the first kilobyte. */
    private static final int PDF_HEADER_WINDOW = 1024;

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private FileSignatures() {}

    static boolean isPdf(byte[] bytes) {
        return indexOf(bytes, PDF, 0, Math.min(bytes.length, PDF_HEADER_WINDOW)) >= 0;
    }

    static boolean isZip(byte[] bytes) {
        return startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP);
    }

    static boolean isOle2(byte[] bytes) {
        return startsWith(bytes, OLE2);
    }

    /**
     * What a binary file of a type IPWire does not read is ("a PNG image"), or null when the bytes
     * do not start like any of them.
     */
    static String unsupportedKind(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(b, 'I', 'I', '*', 0) || startsWith(b, 'M', 'M', 0, '*')) {
            return "a TIFF image";
        }
        if (startsWith(b, 'R', 'I', 'F', 'F')) {
            return "a RIFF media file (WebP, WAV or AVI)";
        }
        if (b.length > 12 && startsAt(b, 4, 'f', 't', 'y', 'p')) {
            return "an MP4/QuickTime/HEIC media file";
        }
        if (startsWith(b, 'I', 'D', '3') || startsWith(b, 'O', 'g', 'g', 'S')) {
            return "an audio file";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        if (startsWith(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return "a 7-Zip archive";
        }
        if (startsWith(b, 'R', 'a', 'r', '!')) {
            return "a RAR archive";
        }
        if (startsWith(b, 0xFD, '7', 'z', 'X', 'Z', 0)) {
            return "an xz archive";
        }
        if (startsWith(b, 'B', 'Z', 'h') && b.length > 4 && b[3] >= '1' && b[3] <= '9') {
            return "a bzip2 archive";
        }
        if (isExecutable(b)) {
            return "a Windows program (.exe/.dll)";
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return "an executable program (ELF)";
        }
        if (startsWith(b, 0xCA, 0xFE, 0xBA, 0xBE)
                || startsWith(b, 0xCF, 0xFA, 0xED, 0xFE)
                || startsWith(b, 0xFE, 0xED, 0xFA, 0xCF)) {
            return "an executable program";
        }
        if (startsWith(b, 'S', 'Q', 'L', 'i', 't', 'e', ' ')) {
            return "an SQLite database";
        }
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
            return "an RTF document (save it as .docx in Word or WPS)";
        }
        if (startsWith(b, '%', '!', 'P', 'S')) {
            return "a PostScript file (convert it to PDF)";
        }
        return null;
    }

    /** An MS-DOS/PE executable: "MZ" and a binary header (text starting with "MZ" has no NUL). */
    private static boolean isExecutable(byte[] b) {
        if (!startsWith(b, 'M', 'Z') || b.length < 64) {
            return false;
        }
        for (int i = 2; i < 64; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        return startsAt(bytes, 0, prefix);
    }

    private static boolean startsAt(byte[] bytes, int offset, int... prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[offset + i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Index of {@code needle} in {@code bytes[from, to)}, or -1. */
    static int indexOf(byte[] bytes, byte[] needle, int from, int to) {
        int last = Math.min(to, bytes.length) - needle.length;
        outer:
        for (int i = Math.max(from, 0); i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Index of the last {@code needle} in {@code bytes[from, to)}, or -1. */
    static int lastIndexOf(byte[] bytes, byte[] needle, int from, int to) {
        for (int i = Math.min(to, bytes.length) - needle.length; i >= Math.max(from, 0); i--) {
            boolean match = true;
            for (int j = 0; j < needle.length && match; j++) {
                match = bytes[i + j] == needle[j];
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
