package dev.ipwire.ingest.parsing;

/** Turns a raw document into paragraphs and metadata. */
public interface DocumentParser {

    /**
     * Parses {@code document}.
     *
     * @throws UnparseableDocumentException when the document holds no article text
     */
    ParsedDocument parse(RawDocument document);
}
