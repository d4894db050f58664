package dev.ipwire.ingest.api;

import java.io.IOException;

/** The request body is larger than {@code ipwire.ingest.max-content-size}. */
class ContentTooLargeException extends IOException {

    ContentTooLargeException(long limitBytes) {
        super(
                "The request body is larger than the limit of "
                        + limitBytes
                        + " bytes (ipwire.ingest.max-content-size): split the document or send a"
                        + " smaller file.");
    }
}
