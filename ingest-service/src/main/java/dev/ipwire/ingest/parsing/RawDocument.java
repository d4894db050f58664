package dev.ipwire.ingest.parsing;

/**
 * A document as a client sent it.
 *
 * @param content the text of the document (already decoded)
 * @param formatHint the client's optional format hint (text, markdown, html…); may be null
 * @param fileName name of an uploaded file, if any; may be null
 */
public record RawDocument(String content, String formatHint, String fileName) {}
