package dev.ipwire.ingest.parsing;

import java.util.List;

/** Turns a raw document into paragraphs and metadata. */
public interface DocumentParser {

    /**
     * Parses {@code document} as one article.
     *
     * @throws UnparseableDocumentException when the document holds no article text
     */
    ParsedDocument parse(RawDocument document);

    /**
     * Parses {@code document} into the articles it holds: one for an article, several for a
     * compilation (a booklet of articles, each closed by its source line).
     *
     * @throws UnparseableDocumentException when the document holds no article text
     */
    default List<ParsedDocument> parseArticles(RawDocument document) {
        return List.of(parse(document));
    }
}
