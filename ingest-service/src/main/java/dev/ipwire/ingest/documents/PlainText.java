package dev.ipwire.ingest.documents;

import static dev.ipwire.ingest.documents.Refusals.ACCEPTED_TYPES;
import static dev.ipwire.ingest.documents.Refusals.refuse;

import dev.ipwire.ingest.documents.UnreadableDocumentException.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.Constants;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Reads uploaded text files: finds the encoding, decodes strictly and tells Markdown and HTML apart
 * from plain text.
 *
 * <p>Encodings: UTF-8 (with or without byte order mark), UTF-16 with a byte order mark, GB18030 (a
 * superset of GBK and GB2312) and Big5. Valid UTF-8 is taken as UTF-8: legacy Chinese text of any
 * length is almost never valid UTF-8. Between GB18030 and Big5 strict decoding cannot decide —
 * GB18030 accepts nearly every byte pair Big5 uses — so juniversalchardet's verdict decides when it
 * is sure, else the decoding that looks more like Chinese text (see {@link #implausibility}).
 */
final class PlainText {

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");

    /** The detector has seen enough after this many bytes. */
    private static final int DETECTOR_SAMPLE = 256 * 1024;

    private static final Pattern MARKUP_START =
            Pattern.compile(
                    "^\\s*<(?:!doctype\\s|!--|\\?xml\\s|[a-z][a-z0-9]*[\\s/>])",
                    Pattern.CASE_INSENSITIVE);

    private PlainText() {}

    /**
     * The uploaded text file as a document.
     *
     * @throws UnreadableDocumentException NOT_TEXT when the bytes are not text in a supported
     *     encoding
     */
    static ReadDocument read(byte[] bytes, String fileName, String contentType) {
        String text = decode(bytes, Refusals.describe(fileName), extension(fileName));
        return new ReadDocument(text, format(fileName, contentType, text));
    }

    /** The text of {@code bytes}, without a byte order mark. */
    static String decode(byte[] bytes, String name, String extension) {
        if (FileSignatures.startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            return checked(strict(StandardCharsets.UTF_8, bytes, 3), name, "UTF-8", extension);
        }
        if (FileSignatures.startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            return checked(strict(StandardCharsets.UTF_16LE, bytes, 2), name, "UTF-16", extension);
        }
        if (FileSignatures.startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            return checked(strict(StandardCharsets.UTF_16BE, bytes, 2), name, "UTF-16", extension);
        }
        String binary = binaryEvidence(bytes);
        if (binary != null) {
            throw notText(name, binary, extension);
        }
        String utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
        if (utf8 != null) {
            return utf8;
        }
        String gb = strict(GB18030, bytes, 0);
        String big5 = strict(BIG5, bytes, 0);
        if (gb == null && big5 == null) {
            throw notText(name, null, extension);
        }
        if (gb == null || big5 == null) {
            return gb != null ? gb : big5;
        }
        String detected = detect(bytes);
        if (Constants.CHARSET_BIG5.equals(detected)) {
            return big5;
        }
        if (Constants.CHARSET_GB18030.equals(detected)) {
            return gb;
        }
        return implausibility(big5, BIG5) < implausibility(gb, GB18030) ? big5 : gb;
    }

    /**
     * What {@link ReadDocument#format()} to report: Markdown by name, HTML by name, Content-Type or
     * markup at the start, else null (the parser decides).
     */
    static String format(String fileName, String contentType, String text) {
        String extension = extension(fileName);
        switch (extension) {
            case "md", "markdown" -> {
                return "markdown";
            }
            case "html", "htm", "xhtml" -> {
                return "html";
            }
            default -> {
                // decided below
            }
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (!"txt".equals(extension)) {
            if (type.startsWith("text/markdown") || type.startsWith("text/x-markdown")) {
                return "markdown";
            }
            if (type.startsWith("text/html") || type.startsWith("application/xhtml+xml")) {
                return "html";
            }
        }
        return MARKUP_START.matcher(text).find() ? "html" : null;
    }

    /** Lower-case extension of {@code fileName} without the dot, or "". */
    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return dot > slash && dot >= 0
                ? fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT)
                : "";
    }

    private static String checked(String text, String name, String encoding, String extension) {
        if (text == null) {
            throw refuse(
                    Reason.NOT_TEXT,
                    name
                            + " starts with a "
                            + encoding
                            + " byte order mark but is not valid "
                            + encoding
                            + " text (it may be damaged or saved in a mixture of encodings):"
                            + " re-save it as UTF-8 text and upload it again.");
        }
        String binary = binaryEvidence(text);
        if (binary != null) {
            throw notText(name, binary, extension);
        }
        return text;
    }

    /** {@code bytes} from {@code offset} in {@code charset}, or null when they are not valid. */
    static String strict(Charset charset, byte[] bytes, int offset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Why {@code bytes} cannot be text in an ASCII-compatible encoding (NUL bytes, many control
     * characters), or null. In UTF-8, GB18030 and Big5 every byte below 0x20 is that control
     * character, so bytes can be counted before decoding.
     */
    private static String binaryEvidence(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return "it contains NUL bytes, so it is binary data rather than text";
            }
            if (isStrayControl(b & 0xFF)) {
                controls++;
            }
        }
        return tooManyControls(controls, bytes.length);
    }

    private static String binaryEvidence(CharSequence text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "it contains NUL characters, so it is binary data rather than text";
            }
            if (c < 0x100 && isStrayControl(c)) {
                controls++;
            }
        }
        return tooManyControls(controls, text.length());
    }

    /** Control characters text does not contain; tab, line breaks, form feed and ESC are fine. */
    private static boolean isStrayControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r'
                        && c != 0x1B)
                || c == 0x7F;
    }

    /** More than one stray control character in a hundred is binary data. */
    private static String tooManyControls(int controls, int length) {
        if (controls > Math.max(1, length / 100)) {
            return "it contains "
                    + controls
                    + " control characters, so it is binary data rather than text";
        }
        return null;
    }

    private static UnreadableDocumentException notText(String name, String why, String extension) {
        String disguise =
                switch (extension) {
                    case "pdf" ->
                            " It is named .pdf but does not start like a PDF, so it is damaged"
                                    + " or not a PDF.";
                    case "docx" ->
                            " It is named .docx but is not a Word package, so it is damaged or"
                                    + " not a DOCX file.";
                    default -> "";
                };
        return refuse(
                Reason.NOT_TEXT,
                name
                        + " is not text in UTF-8, UTF-16, GB18030/GBK or Big5, nor a PDF or DOCX"
                        + " file"
                        + (why == null ? "" : " (" + why + ")")
                        + "."
                        + disguise
                        + " Re-save it as UTF-8 text, or upload the article as "
                        + ACCEPTED_TYPES
                        + ".");
    }

    /** juniversalchardet's verdict on the first bytes, or null. */
    private static String detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, DETECTOR_SAMPLE));
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    /** Characters enough to judge a decoding. */
    private static final int JUDGED_CHARACTERS = 4096;

    /**
     * How unlike Chinese text {@code text} decoded from {@code charset} is, per non-ASCII
     * character. Both encodings put the common characters in one block: GB2312 level 1 (lead bytes
     * B0–D7) and Big5 level 1 (A4–C6), with punctuation before it. Mis-decoded text lands
     * elsewhere: in the rare level 2, in extensions and user-defined areas, or among kana, Greek,
     * Cyrillic, box drawing and bopomofo (Big5 text read as GB gives kana and private-use
     * characters; GB punctuation read as Big5 gives bopomofo).
     */
    static double implausibility(String text, Charset charset) {
        boolean big5 = BIG5.equals(charset);
        int judged = 0;
        double cost = 0;
        for (int i = 0; i < text.length() && judged < JUDGED_CHARACTERS; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                continue;
            }
            judged++;
            byte[] code = new String(Character.toChars(c)).getBytes(charset);
            if (code.length != 2) {
                cost += 1; // a four-byte GB18030 sequence: rare characters
                continue;
            }
            int lead = code[0] & 0xFF;
            int trail = code[1] & 0xFF;
            cost += big5 ? big5Cost(lead, trail) : gbCost(lead, trail);
        }
        return judged == 0 ? 0 : cost / judged;
    }

    private static double gbCost(int lead, int trail) {
        if (trail < 0xA1) {
            return 1; // GBK extension areas
        }
        if ((lead >= 0xB0 && lead <= 0xD7) || (lead >= 0xA1 && lead <= 0xA3)) {
            return 0; // level 1, punctuation and full-width forms
        }
        if (lead >= 0xD8 && lead <= 0xF7) {
            return 0.5; // level 2
        }
        return 1; // kana, Greek, Cyrillic, box drawing, user-defined
    }

    private static double big5Cost(int lead, int trail) {
        if ((lead >= 0xA4 && lead <= 0xC5) || (lead == 0xC6 && trail <= 0x7E)) {
            return 0; // level 1
        }
        if (lead == 0xA1 || lead == 0xA2) {
            return 0; // punctuation and symbols
        }
        if (lead >= 0xC9 && lead <= 0xF9) {
            return 0.5; // level 2
        }
        return 1; // Greek, bopomofo, reserved and user-defined areas
    }
}
