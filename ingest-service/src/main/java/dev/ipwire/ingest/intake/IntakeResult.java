package dev.ipwire.ingest.intake;

import java.util.List;

/**
 * What one submission became.
 *
 * @param parentId id of the compilation when the document was split into parts, else null
 * @param articles the accepted articles: one, or the parts in order
 */
public record IntakeResult(String parentId, List<AcceptedArticle> articles) {

    public IntakeResult {
        articles = List.copyOf(articles);
    }

    /** True when the document was a compilation split into several articles. */
    public boolean isCompilation() {
        return parentId != null;
    }
}
