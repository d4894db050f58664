package dev.ipwire.ingest.api;

/**
 * Body of {@code POST /api/v1/articles} (JSON).
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
        String publishedAt) {}
