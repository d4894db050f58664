package dev.ipwire.ingest.documents;

/**
 * The text of an uploaded document.
 *
 * @param content the text (or HTML/Markdown source) to parse
 * @param format what the file was: text, markdown, html, pdf, docx
 */
public record ReadDocument(String content, String format) {}
