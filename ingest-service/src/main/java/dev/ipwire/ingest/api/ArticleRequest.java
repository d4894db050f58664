package dev.ipwire.ingest.api;

import dev.ipwire.ingest.intake.Submission;

/**
 * Body of {@code POST /api/v1/articles} (JSON), and one item of a batch.
 *
 * @param content the document exactly as received: text, Markdown or HTML (required)
 * @param format optional format hint
 * @param source optional outlet name
 * @param url optional article address
 * @param externalId optional client-side id
 * @param publishedAt optional publication date (ISO-8601)
 */
public record ArticleRequest(
        String content,
        String format,
        String source,
        String url,
        String externalId,
        String publishedAt) {

    Submission toSubmission() {
        return new Submission(content, format, source, url, externalId, publishedAt, null, null);
    }
}
