package dev.ipwire.ingest.parsing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Decodes uploaded text files: UTF-8 (with or without BOM), else GB18030 (a superset of GBK). */
public final class TextDecoding {

    private static final List<Charset> CANDIDATES =
            List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"));

    private TextDecoding() {}

    /**
     * The text of {@code bytes} in the first candidate encoding that decodes them without error.
     *
     * @throws UnparseableDocumentException when no candidate decodes them
     */
    public static String decode(byte[] bytes) {
        for (Charset charset : CANDIDATES) {
            try {
                String text =
                        charset.newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)
                                .decode(ByteBuffer.wrap(bytes))
                                .toString();
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            } catch (CharacterCodingException e) {
                // try the next encoding
            }
        }
        throw new UnparseableDocumentException(
                "the file is not text in UTF-8, GBK or GB18030: re-save it in UTF-8 or send a"
                        + " supported document type");
    }
}
