package dev.ipwire.ingest.registry;

import dev.ipwire.contracts.ArticleReceived;
import java.util.List;
import java.util.Optional;

/** What ingest knows about articles already accepted: duplicates and pipeline status. */
public interface ArticleRegistry {

    /**
     * The id of an earlier, different article that this text republishes (another outlet, another
     * format, small edits), if there is one.
     */
    Optional<String> nearDuplicateOf(String id, String title, List<String> paragraphs);

    /** Records an article this instance just published. */
    void remember(ArticleReceived article);

    /** The article's status, or empty when no revision of it was ever accepted. */
    Optional<ArticleStatus> status(String id);
}
