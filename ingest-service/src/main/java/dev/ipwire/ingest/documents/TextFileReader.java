package dev.ipwire.ingest.documents;

import dev.ipwire.ingest.parsing.TextDecoding;
import dev.ipwire.ingest.parsing.UnparseableDocumentException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Reads uploaded text files (plain text, Markdown, HTML) in UTF-8 or GBK/GB18030. */
@Component
public class TextFileReader implements DocumentReader {

    @Override
    public ReadDocument read(byte[] bytes, String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf") || name.endsWith(".docx") || name.endsWith(".doc")) {
            throw new UnreadableDocumentException(
                    UnreadableDocumentException.Reason.UNSUPPORTED_TYPE,
                    "\"" + fileName + "\" is not a text file; send txt, md or html");
        }
        try {
            String format =
                    name.endsWith(".md") || name.endsWith(".markdown")
                            ? "markdown"
                            : name.endsWith(".html") || name.endsWith(".htm") ? "html" : null;
            return new ReadDocument(TextDecoding.decode(bytes), format);
        } catch (UnparseableDocumentException e) {
            throw new UnreadableDocumentException(
                    UnreadableDocumentException.Reason.NOT_TEXT, e.getMessage());
        }
    }
}
