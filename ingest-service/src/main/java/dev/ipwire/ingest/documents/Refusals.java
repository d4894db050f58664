package dev.ipwire.ingest.documents;

import dev.ipwire.ingest.documents.UnreadableDocumentException.Reason;

/** The wording of refusals: name the file, say what is wrong and what to send instead. */
final class Refusals {

    /** What IPWire reads, for messages. */
    static final String ACCEPTED_TYPES = "txt, md, html, pdf or docx";

    private static final int MAX_NAME_LENGTH = 100;

    private Refusals() {}

    /** {@code "name.pdf"} in quotes, or "the uploaded file" when the client sent no name. */
    static String describe(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "the uploaded file";
        }
        String clean = fileName.replaceAll("\\p{Cntrl}", "").strip();
        if (clean.length() > MAX_NAME_LENGTH) {
            clean = clean.substring(0, MAX_NAME_LENGTH) + "…";
        }
        return "\"" + clean + "\"";
    }

    static UnreadableDocumentException refuse(Reason reason, String message) {
        return new UnreadableDocumentException(reason, capitalized(message));
    }

    static UnreadableDocumentException refuse(Reason reason, String message, Throwable cause) {
        return new UnreadableDocumentException(reason, capitalized(message), cause);
    }

    private static String capitalized(String message) {
        return message.startsWith("the ") ? "The " + message.substring(4) : message;
    }
}
