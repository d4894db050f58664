package dev.ipwire.ingest.intake;

/**
 * An article that Kafka acknowledged.
 *
 * @param id article id
 * @param revision its revision
 * @param title its title
 * @param duplicateOf the earlier article it republishes, or null
 */
public record AcceptedArticle(String id, long revision, String title, String duplicateOf) {}
