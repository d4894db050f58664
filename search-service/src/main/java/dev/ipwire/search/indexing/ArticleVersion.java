package dev.ipwire.search.indexing;

import dev.ipwire.contracts.ArticleEnriched;

/**
 * The external version of an article's index document: {@code revision × 2^20 +
 * enrichmentGeneration}. Ordered by revision first, so an older revision never overwrites a newer
 * one whatever its generation; within one revision a re-enrichment (higher generation) wins; the
 * same record written again has the same version and is a no-op.
 *
 * <p>Why a packed number: Elasticsearch compares one long per document, atomically, in the write
 * itself; reading the stored document first and deciding here would race with a concurrent write.
 * Revisions are epoch milliseconds (ingest's {@code RevisionClock}), 2^20 of them fit up to {@link
 * #MAX_REVISION} (the year 2248), and a revision can be re-enriched about a million times.
 */
public record ArticleVersion(long revision, int generation) implements Comparable<ArticleVersion> {

    /** Generations per revision: the version's low 20 bits. */
    public static final int GENERATION_BITS = 20;

    public static final int MAX_GENERATION = (1 << GENERATION_BITS) - 1;

    /** The highest revision whose versions still fit Elasticsearch's long. */
    public static final long MAX_REVISION = (Long.MAX_VALUE >> GENERATION_BITS) - 1;

    public ArticleVersion {
        if (revision < 0 || revision > MAX_REVISION) {
            throw new IllegalArgumentException(
                    "revision " + revision + " is outside 0.." + MAX_REVISION);
        }
        if (generation < 0 || generation > MAX_GENERATION) {
            throw new IllegalArgumentException(
                    "enrichmentGeneration " + generation + " is outside 0.." + MAX_GENERATION);
        }
    }

    public static ArticleVersion of(ArticleEnriched article) {
        return new ArticleVersion(article.revision(), article.enrichmentGeneration());
    }

    /**
     * The version a stored document was written with, read back. Documents written before
     * generations existed carry the bare revision as their version: they read as generation 0 of
     * {@code storedRevision}, and any write under this scheme outranks them.
     */
    public static ArticleVersion fromStored(long version, long storedRevision) {
        long revision = version >>> GENERATION_BITS;
        if (revision != storedRevision) {
            return new ArticleVersion(storedRevision, 0);
        }
        return new ArticleVersion(revision, (int) (version & MAX_GENERATION));
    }

    /** The number given to Elasticsearch ({@code version_type=external}). */
    public long external() {
        return (revision << GENERATION_BITS) | generation;
    }

    /** The next enrichment of the same revision. */
    public ArticleVersion nextGeneration() {
        return new ArticleVersion(revision, generation + 1);
    }

    @Override
    public int compareTo(ArticleVersion other) {
        return Long.compare(external(), other.external());
    }

    @Override
    public String toString() {
        return "revision " + revision + " enrichment " + generation;
    }
}
