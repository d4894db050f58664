package dev.ipwire.ingest.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Measures how far the streams of a PDF decompress, without keeping what they decompress to.
 *
 * <p>PDFBox decodes every stream it reads (cross-reference and object streams while loading,
 * content streams, forms and fonts while extracting text) fully into memory, without a bound, so a
 * small "flate bomb" could take the heap. The audit decodes each stream into a counter first and
 * stops once all streams together pass the budget. Before loading it finds the streams in the raw
 * bytes (for unencrypted files); for encrypted files, which PDFBox decrypts while loading, it
 * measures the decrypted streams of the loaded document.
 *
 * <p>Decoders run until their own end-of-data mark (every general-purpose PDF filter has one), not
 * until the declared /Length or the next {@code endstream}, which a hostile file can fake. Image
 * codecs (DCT, JPX, JBIG2, CCITT) are not run: text extraction never decodes images.
 */
final class PdfStreamAudit {

    private static final byte[] STREAM = FileSignatures.ascii("stream");
    private static final byte[] OBJ = FileSignatures.ascii("obj");
    private static final int DICTIONARY_WINDOW = 16 * 1024;
    private static final Pattern FILTER =
            Pattern.compile("/Filter\\s*(?:\\[([^\\]]*)\\]|(/[^\\s/\\[\\]<>(){}%]+))");
    private static final Pattern NAME = Pattern.compile("/([^\\s/\\[\\]<>(){}%]+)");

    /** Thrown once the budget is spent. */
    static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    private long remaining;

    PdfStreamAudit(long budgetBytes) {
        this.remaining = budgetBytes;
    }

    /**
     * Measures every stream found in the raw bytes of an unencrypted PDF.
     *
     * @throws BudgetExceeded when they decompress past the budget
     */
    void auditRaw(byte[] pdf) {
        int from = 0;
        int at;
        while ((at = FileSignatures.indexOf(pdf, STREAM, from, pdf.length)) >= 0) {
            from = at + STREAM.length;
            int close = dictionaryEnd(pdf, at);
            if (close < 0) {
                continue; // "endstream", or the word inside some text
            }
            int data = at + STREAM.length;
            if (data < pdf.length && pdf[data] == '\r') {
                data++;
            }
            if (data < pdf.length && pdf[data] == '\n') {
                data++;
            }
            List<String> filters = filters(dictionary(pdf, close));
            if (filters != null) {
                measure(new ByteArrayInputStream(pdf, data, pdf.length - data), filters);
            }
        }
    }

    /**
     * Measures every stream of a loaded (decrypted) document.
     *
     * @throws BudgetExceeded when they decompress past the budget
     */
    void auditLoaded(COSDocument document) throws IOException {
        for (Map.Entry<COSObjectKey, Long> entry :
                List.copyOf(document.getXrefTable().entrySet())) {
            Long offset = entry.getValue();
            if (offset == null || offset <= 0) {
                continue; // free, or inside an object stream (which holds no streams)
            }
            COSBase object = document.getObjectFromPool(entry.getKey()).getObject();
            if (object instanceof COSStream stream) {
                List<String> filters = filters(stream.getFilters());
                if (!filters.isEmpty()) {
                    try (InputStream raw = stream.createRawInputStream()) {
                        measure(raw, filters);
                    }
                }
            }
        }
    }

    /** Index of the {@code >>} closing the dictionary before the keyword at {@code at}, or -1. */
    private static int dictionaryEnd(byte[] pdf, int at) {
        if (at >= 3 && pdf[at - 3] == 'e' && pdf[at - 2] == 'n' && pdf[at - 1] == 'd') {
            return -1;
        }
        int p = at - 1;
        while (p >= 0 && isWhitespace(pdf[p])) {
            p--;
        }
        return p >= 1 && pdf[p] == '>' && pdf[p - 1] == '>' ? p : -1;
    }

    /** The text of the stream dictionary ending at {@code close}: back to its "obj" keyword. */
    private static String dictionary(byte[] pdf, int close) {
        int start = Math.max(0, close - DICTIONARY_WINDOW);
        int obj = FileSignatures.lastIndexOf(pdf, OBJ, start, close);
        if (obj >= 0) {
            start = obj + OBJ.length;
        }
        return new String(pdf, start, close + 1 - start, StandardCharsets.ISO_8859_1);
    }

    /**
     * The filter names of a stream dictionary's text, null when it has no /Filter. A /Filter that
     * cannot be read here (an indirect reference) counts as FlateDecode, the filter almost every
     * compressed stream uses; trying it costs little when it is wrong.
     */
    private static List<String> filters(String dictionary) {
        if (!dictionary.contains("/Filter")) {
            return null;
        }
        Matcher filter = FILTER.matcher(dictionary);
        if (!filter.find()) {
            return List.of("FlateDecode");
        }
        String names = filter.group(1) != null ? filter.group(1) : filter.group(2);
        List<String> result = new ArrayList<>();
        Matcher name = NAME.matcher(names);
        while (name.find()) {
            result.add(unescape(name.group(1)));
        }
        return result.isEmpty() ? List.of("FlateDecode") : result;
    }

    private static List<String> filters(COSBase filters) {
        List<String> result = new ArrayList<>();
        if (filters instanceof COSName name) {
            result.add(name.getName());
        } else if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    result.add(name.getName());
                }
            }
        }
        return result;
    }

    /** A PDF name with its {@code #xx} escapes resolved ({@code /Fl#61teDecode}). */
    private static String unescape(String name) {
        if (name.indexOf('#') < 0) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '#' && i + 2 < name.length()) {
                try {
                    out.append((char) Integer.parseInt(name.substring(i + 1, i + 3), 16));
                    i += 2;
                    continue;
                } catch (NumberFormatException e) {
                    // keep the '#'
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Decodes {@code encoded} through {@code filters} into the counter. */
    private void measure(InputStream encoded, List<String> filters) {
        InputStream in = encoded;
        try {
            for (String filter : filters) {
                switch (filter) {
                    case "FlateDecode", "Fl" -> in = new Inflating(in);
                    case "LZWDecode",
                            "LZW",
                            "RunLengthDecode",
                            "RL",
                            "ASCIIHexDecode",
                            "AHx",
                            "ASCII85Decode",
                            "A85" ->
                            in = decodeBounded(filter, in);
                    default -> {
                        // an image codec, Crypt or unknown: text extraction decodes no further
                        count(in);
                        return;
                    }
                }
            }
            count(in);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BudgetExceeded exceeded) {
                throw exceeded;
            }
            // damaged data: what was decoded so far has been counted; PDFBox will judge the rest
        } finally {
            try {
                in.close();
            } catch (IOException e) {
                // nothing to release
            }
        }
    }

    /** Runs a buffering PDFBox filter, keeping at most the remaining budget. */
    private InputStream decodeBounded(String name, InputStream in) throws IOException {
        Filter filter = FilterFactory.INSTANCE.getFilter(COSName.getPDFName(name));
        BoundedBuffer out = new BoundedBuffer(remaining);
        try {
            filter.decode(in, out, new COSDictionary(), 0);
        } catch (IOException e) {
            // damaged data: continue with what was decoded
        }
        return new ByteArrayInputStream(out.toByteArray());
    }

    private void count(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            remaining -= n;
            if (remaining < 0) {
                throw new BudgetExceeded();
            }
        }
    }

    /**
     * FlateDecode as PDFBox reads it (zlib header skipped, no checksum, damaged data ends the
     * stream), without PDFBox's warning for every stream that is not what it claims.
     */
    private static final class Inflating extends InputStream {
        private final InputStream in;
        private final Inflater inflater = new Inflater(true);
        private final byte[] input = new byte[8192];
        private boolean done;

        Inflating(InputStream in) throws IOException {
            this.in = in;
            in.read(); // the two bytes of the zlib header
            in.read();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (!done) {
                try {
                    int n = inflater.inflate(buffer, offset, length);
                    if (n > 0) {
                        return n;
                    }
                } catch (DataFormatException e) {
                    done = true;
                    break;
                }
                if (inflater.finished() || inflater.needsDictionary()) {
                    done = true;
                } else if (inflater.needsInput()) {
                    int read = in.read(input);
                    if (read < 0) {
                        done = true;
                    } else {
                        inflater.setInput(input, 0, read);
                    }
                }
            }
            return -1;
        }

        @Override
        public void close() throws IOException {
            inflater.end();
            in.close();
        }
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
    }

    /** Collects bytes, failing once there are more than {@code limit}. */
    private static final class BoundedBuffer extends ByteArrayOutputStream {
        private final long limit;

        BoundedBuffer(long limit) {
            this.limit = limit;
        }

        @Override
        public synchronized void write(int b) {
            ensure(1);
            super.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            ensure(len);
            super.write(b, off, len);
        }

        private void ensure(int more) {
            if (count + (long) more > limit) {
                throw new BudgetExceeded();
            }
        }
    }
}
