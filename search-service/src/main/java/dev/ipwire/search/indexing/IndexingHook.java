package dev.ipwire.search.indexing;

import dev.ipwire.contracts.ArticleEnriched;

/**
 * Lets another capability take part in each write of the stream consumer without the indexer
 * knowing it: something to record before the article reaches the index, something to do once it is
 * there. Alerts use it to find new content.
 *
 * <p>Both steps run on the consumer thread, before the record's offset is committed: throwing from
 * either fails the record, which the consumer's error handler then retries or hands to the failure
 * policy like any indexing failure (deadletters.RecordFailureHandler).
 */
public interface IndexingHook {

    /**
     * Called before {@code article} is written.
     *
     * @return what to do once the write is done; {@link AfterWrite#NOTHING} when nothing is needed
     */
    AfterWrite beforeWrite(ArticleEnriched article);

    /** The second half of a hook, called after the write. */
    @FunctionalInterface
    interface AfterWrite {

        AfterWrite NOTHING = written -> {};

        /**
         * @param written true when the index took this revision as new; false when it already held
         *     this or a newer revision (a replay or an out-of-order record)
         */
        void afterWrite(boolean written);
    }
}
