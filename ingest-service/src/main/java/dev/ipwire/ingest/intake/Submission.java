package dev.ipwire.ingest.intake;

/**
 * One article as a client submits it, with the metadata it chose to give.
 *
 * @param content the document as received (decoded text)
 * @param format optional format hint
 * @param source optional outlet name (overrides what the document says)
 * @param url optional address of the article
 * @param externalId optional client id; makes the article id {@code sha256(source + externalId)}
 * @param publishedAt optional publication date (overrides what the document says)
 * @param fileName name of an uploaded file, if any
 * @param feed the feed or drop folder it was collected from, if any
 */
public record Submission(
        String content,
        String format,
        String source,
        String url,
        String externalId,
        String publishedAt,
        String fileName,
        String feed) {

    /** A submission of {@code content} with no metadata. */
    public static Submission of(String content) {
        return new Submission(content, null, null, null, null, null, null, null);
    }
}
