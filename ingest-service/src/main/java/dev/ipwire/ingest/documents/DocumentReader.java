package dev.ipwire.ingest.documents;

/** Turns an uploaded file (bytes) into the text of the document, whatever its type. */
public interface DocumentReader {

    /**
     * Reads {@code bytes}.
     *
     * @param bytes the file as uploaded
     * @param fileName its name, may be null
     * @param contentType the Content-Type of the part, may be null
     * @throws UnreadableDocumentException when the file cannot be read, saying why
     */
    ReadDocument read(byte[] bytes, String fileName, String contentType);
}
